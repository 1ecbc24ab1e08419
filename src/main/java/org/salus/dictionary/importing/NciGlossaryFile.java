package org.salus.dictionary.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.salus.importing.ImportFailedException;

/**
 * The NCI glossary in its TSV form ({@code nci-glossary-2016.tsv.gz}): UTF-8, tab-separated, a
 * header line naming the columns, gzip-compressed or not. {@link #open} reads it row by row, so a
 * caller holds one row at a time. Entries are placed as {@code line N}.
 */
final class NciGlossaryFile implements NciGlossaryReader {

    static final String FILE_NAME = "nci-glossary-2016.tsv.gz";
    static final List<String> COLUMNS = List.of(
            "cdr_id",
            "term",
            "pronunciation",
            "definition_en",
            "dictionary",
            "audience",
            "term_es",
            "definition_es",
            "date_first_published",
            "date_last_modified");

    private final TsvReader reader;
    private final Map<String, Integer> columns;
    private final int fieldCount;

    private NciGlossaryFile(TsvReader reader, Map<String, Integer> columns, int fieldCount) {
        this.reader = reader;
        this.columns = columns;
        this.fieldCount = fieldCount;
    }

    /**
     * Opens the file and checks its header.
     *
     * @throws ImportFailedException when the header lacks a column this importer needs
     */
    static NciGlossaryFile open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            InputStream bytes = gzip ? new GZIPInputStream(in, 64 * 1024) : in;
            TsvReader reader = new TsvReader(new BufferedReader(
                    new InputStreamReader(
                            bytes,
                            StandardCharsets.UTF_8
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
                    64 * 1024));
            TsvReader.Row header = reader.next();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; header != null && i < header.fields().size(); i++) {
                columns.put(header.fields().get(i).replace("\uFEFF", "").strip(), i);
            }
            List<String> missing =
                    COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
            if (header == null || !missing.isEmpty()) {
                reader.close();
                throw new ImportFailedException(file + ": line 1 should be the header " + String.join("\t", COLUMNS)
                        + (header == null ? " but the file is empty" : " but lacks " + String.join(", ", missing)));
            }
            return new NciGlossaryFile(reader, columns, header.fields().size());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The next data row, or {@code null} at the end of the file. */
    @Override
    public NciEntry next() throws IOException {
        TsvReader.Row row = reader.next();
        if (row == null) {
            return null;
        }
        String where = "line " + row.line();
        if (row.fields().size() != fieldCount) {
            return NciEntry.bad(
                    where,
                    "expected " + fieldCount + " tab-separated fields, found "
                            + row.fields().size());
        }
        return NciEntry.of(new NciRow(
                where,
                field(row, "cdr_id"),
                field(row, "term"),
                field(row, "pronunciation"),
                field(row, "definition_en"),
                field(row, "term_es"),
                field(row, "definition_es")));
    }

    private String field(TsvReader.Row row, String column) {
        return row.fields().get(columns.get(column)).strip();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
