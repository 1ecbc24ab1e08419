package org.salus.sources;

/** {@link SourceWatchSqlContract} on the embedded H2 database. */
class SourceWatchSqlTests extends SourceWatchSqlContract {}
