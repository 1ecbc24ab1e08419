package org.salus.dictionary.importing;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads one form of the NCI glossary a term at a time, always in the same order, so that the
 * importer can read it twice and find the same entry at the same position.
 */
interface NciGlossaryReader extends Closeable {

    /**
     * The next entry, or {@code null} at the end.
     *
     * @throws IOException when the data as a whole cannot be read further (the import stops);
     *                     a single unusable record is an entry with a problem instead
     */
    NciEntry next() throws IOException;
}
