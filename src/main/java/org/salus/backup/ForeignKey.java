package org.salus.backup;

import java.util.List;

/**
 * A foreign key from a table to {@code parent}.
 *
 * @param columns the referencing columns of the child table, in key order
 */
record ForeignKey(String name, List<String> columns, String parent) {

    ForeignKey {
        columns = List.copyOf(columns);
    }
}
