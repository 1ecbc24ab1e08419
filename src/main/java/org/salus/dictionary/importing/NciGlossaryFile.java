package org.salus.dictionary.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
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
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.salus.article.Slugs;
import org.salus.cli.ImportFailedException;

/**
 * The NCI glossary in its TSV form ({@code nci-glossary-2016.tsv.gz}): UTF-8, tab-separated, a
 * header line naming the columns, gzip-compressed or not. {@link #open} reads it row by row, so a
 * caller holds one row at a time.
 */
final class NciGlossaryFile implements Closeable {

    static final String FILE_NAME = "nci-glossary-2016.tsv.gz";
    static final List<String> COLUMNS = List.of("cdr_id", "term", "pronunciation", "definition_en", "dictionary",
            "audience", "term_es", "definition_es", "date_first_published", "date_last_modified");
    /** Column widths of the {@code term} table. */
    static final int MAX_NAME = 300;
    static final int MAX_SOURCE_ID = 150;

    /** A data row: either {@link #row()} or, for a row that cannot be used, {@link #problem()}. */
    record Entry(int line, NciRow row, String problem) {
    }

    /** The fields of a usable row, stripped; the Spanish ones and the pronunciation may be empty. */
    record NciRow(int line, String cdrId, String term, String pronunciation, String definitionEn, String termEs,
            String definitionEs) {
    }

    private final TsvReader reader;
    private final Map<String, Integer> columns;
    private final int fieldCount;

    private NciGlossaryFile(TsvReader reader, Map<String, Integer> columns, int fieldCount) {
        this.reader = reader;
        this.columns = columns;
        this.fieldCount = fieldCount;
    }

    /**
     * The file to read for {@code path}: the path itself, or in a folder the
     * {@value #FILE_NAME} file (or its only {@code .tsv.gz} file).
     */
    static Path locate(Path path) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        Path named = path.resolve(FILE_NAME);
        if (Files.isRegularFile(named)) {
            return named;
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> candidates = files.filter(f -> f.getFileName().toString().endsWith(".tsv.gz")).toList();
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
        } catch (IOException e) {
            throw new ImportFailedException(path + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
        throw new ImportFailedException(path + ": the folder holds no " + FILE_NAME
                + " (nor exactly one other .tsv.gz file)");
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
            TsvReader reader = new TsvReader(new BufferedReader(new InputStreamReader(bytes,
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024));
            TsvReader.Row header = reader.next();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; header != null && i < header.fields().size(); i++) {
                columns.put(header.fields().get(i).replace("\uFEFF", "").strip(), i);
            }
            List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
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
    Entry next() throws IOException {
        TsvReader.Row row = reader.next();
        if (row == null) {
            return null;
        }
        if (row.fields().size() != fieldCount) {
            return bad(row, "expected " + fieldCount + " tab-separated fields, found " + row.fields().size());
        }
        NciRow nci = new NciRow(row.line(), field(row, "cdr_id"), field(row, "term"), field(row, "pronunciation"),
                field(row, "definition_en"), field(row, "term_es"), field(row, "definition_es"));
        String problem = problem(nci);
        return problem == null ? new Entry(row.line(), nci, null) : bad(row, problem);
    }

    private static String problem(NciRow row) {
        if (row.cdrId().isEmpty()) {
            return "no cdr_id";
        }
        if (row.cdrId().length() > MAX_SOURCE_ID) {
            return "cdr_id is longer than " + MAX_SOURCE_ID + " characters";
        }
        if (row.term().isEmpty()) {
            return "no term";
        }
        if (row.term().length() > MAX_NAME) {
            return "the term is longer than " + MAX_NAME + " characters";
        }
        if (!Slugs.isValid(Slugs.of(row.term()))) {
            return "the term '" + row.term() + "' gives no usable address (slug)";
        }
        if (row.definitionEn().isEmpty()) {
            return "no English definition";
        }
        if (row.pronunciation().length() > MAX_NAME) {
            return "the pronunciation is longer than " + MAX_NAME + " characters";
        }
        return null;
    }

    private String field(TsvReader.Row row, String column) {
        return row.fields().get(columns.get(column)).strip();
    }

    private static Entry bad(TsvReader.Row row, String problem) {
        return new Entry(row.line(), null, problem);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
