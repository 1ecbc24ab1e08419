/**
 * The application: {@link org.salus.SalusApplication} starts the site, or runs a command and exits.
 * Every feature is a package below this one; the dependency rules between them are checked by
 * {@code ArchitectureTests}.
 */
package org.salus;
