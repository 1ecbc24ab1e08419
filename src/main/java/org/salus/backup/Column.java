package org.salus.backup;

/**
 * A column of an application table as JDBC metadata describes it.
 *
 * @param name     lower-case, as in the archive
 * @param sqlName  the name as the database spells it, for SQL (quoted)
 * @param type     how its values travel
 * @param jdbcType the database's JDBC type code, for binding nulls
 * @param nullable whether it may hold null
 * @param identity whether the database generates its values (an identity column)
 */
record Column(String name, String sqlName, PortableType type, int jdbcType, boolean nullable, boolean identity) {}
