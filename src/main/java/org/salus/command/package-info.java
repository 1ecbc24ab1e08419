/**
 * What a command is: features contribute a {@link org.salus.command.Command} bean, and
 * {@link org.salus.command.Commands} names them and tells, before the context starts, whether this run
 * is a command or the site (so start-up work meant for the site, such as loading sample content,
 * is skipped). Shared plumbing: it depends on no feature; {@code cli} runs the commands.
 */
package org.salus.command;
