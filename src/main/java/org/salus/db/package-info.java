/**
 * Shared plumbing for the JDBC repositories: {@link org.salus.db.SqlTimes} maps instants to and from
 * TIMESTAMP columns. Depends on no feature.
 */
package org.salus.db;
