/**
 * The command-line front of {@code java -jar salus.jar <command> ...}: runs the command the first
 * word names and turns its outcome into the exit code, refuses a command while the running site
 * holds the embedded database, and parses {@code import <format> <path>} for the importers. Nothing
 * depends on it but {@link org.salus.SalusApplication}; what features implement is in
 * {@link org.salus.command} and {@link org.salus.importing}.
 */
package org.salus.cli;
