package org.salus.dictionary.importing;

import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;

import org.salus.dictionary.Dictionary;
import org.salus.dictionary.TermDraft;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code import nci-glossary PATH}: the NCI Dictionary of Cancer Terms in either of its forms,
 * the TSV ({@code nci-glossary-2016.tsv.gz} or a plain {@code .tsv}, read by
 * {@link NciGlossaryFile}) or the CDR XML ({@code nci-glossary-cdr-xml-2016.zip} or a folder of
 * its {@code .xml} files, read by {@link NciGlossaryXml}); {@link NciGlossarySource} says which
 * PATH means which. Both readers yield the same {@link NciRow}s, imported here alike. Each row
 * becomes an English term (source id = {@code cdr_id}) and, when the row has both a Spanish term
 * and definition, a Spanish one (source id {@code <cdr_id>-es}), linked to the English one as its
 * translation. Names from "Also called ..." sentences of the English definition become its
 * synonyms. A re-import, from either form, updates the terms in place and keeps their slugs.
 *
 * <p><b>NCI terms are stored with {@code linkable = false}.</b> The list has over 8,000 cancer
 * terms; linking every mention of them in consumer articles would over-link the text and crowd
 * out the hand-picked dictionary terms. They are still listed in the A–Z, found by the dictionary
 * search and shown on their own pages. A re-import stores {@code false} again.
 *
 * <p>Slugs are unique across the whole dictionary: an English term takes {@code Slugs.of(term)},
 * or {@code <slug>-nci} (then {@code -nci-2}, ...) when a different term holds it, e.g. the
 * sample term {@code insulin}; a Spanish term likewise with {@code -es}. English slugs are
 * reserved before any Spanish one, so a Spanish name spelt like an English term never takes the
 * English term's address.
 *
 * <p>A record that cannot be used (a TSV row with the wrong number of fields, an XML file that is
 * not well-formed, no cdr_id, term or definition, a term with no usable slug, a cdr_id read
 * before) is skipped and named in the report's notes as {@code line N: reason} or
 * {@code GlossaryTerm/CDR….xml: reason}; the others are imported. The data is read twice, one
 * record at a time: first to check records and reserve English slugs, then to save the terms in
 * batches of {@value #BATCH} through {@link Dictionary#saveAll}. All batches run in one
 * transaction, so an import that stops (unreadable file, database error) leaves the database as
 * it was.
 */
@Component
class NciGlossaryImporter implements Importer {

    static final String SOURCE = "NCI Dictionary of Cancer Terms, National Cancer Institute";
    static final String LICENCE = "Public domain (U.S. government work); credit NCI";
    static final String SPANISH_ID_SUFFIX = "-es";
    static final int BATCH = 500;
    static final int PROGRESS_EVERY = 1000;

    private final Dictionary dictionary;
    private final NciSlugs slugs;
    private final TransactionTemplate transaction;

    NciGlossaryImporter(Dictionary dictionary, NciSlugs slugs, PlatformTransactionManager transactions) {
        this.dictionary = dictionary;
        this.slugs = slugs;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public String format() {
        return "nci-glossary";
    }

    @Override
    public String description() {
        return "the NCI Dictionary of Cancer Terms as TSV (" + NciGlossaryFile.FILE_NAME + ") or CDR XML ("
                + NciGlossaryXml.ZIP_NAME + ", or a folder of its .xml files), or a folder holding either";
    }

    @Override
    public ImportReport run(Path path, PrintStream out) {
        NciGlossarySource source = NciGlossarySource.locate(path);
        try {
            return transaction.execute(status -> new Run(source, out, slugs.load()).importAll());
        } catch (UncheckedIOException e) {
            throw new ImportFailedException(source.path() + ": " + describe(e.getCause(), source.form()), e);
        }
    }

    private static String describe(IOException e, NciGlossarySource.Form form) {
        if (e instanceof TsvReader.TsvException) {
            return e.getMessage();
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not UTF-8 text";
        }
        if ((e instanceof ZipException || e instanceof EOFException) && form == NciGlossarySource.Form.CDR_XML) {
            return "not a zip archive, or a damaged one (" + e.getMessage() + ")";
        }
        if (e instanceof ZipException || e instanceof EOFException) {
            return "the gzip data is damaged or cut short (" + e.getMessage() + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "the file does not exist";
        }
        return "cannot read the file ("
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ")";
    }

    static String pronunciation(String field) {
        String text = field.strip();
        if (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * One import: its notes, reserved slugs and counts. Both forms of the glossary come through
     * here as {@link NciEntry entries}; an entry is known by its position in the reading order,
     * which is the same in both passes.
     */
    private final class Run {

        private final NciGlossarySource source;
        private final PrintStream out;
        private final SlugBook book;
        private final List<String> notes = new ArrayList<>();
        private final Set<Integer> skipped = new HashSet<>();
        private final Set<String> knownNames = new HashSet<>();
        private final List<TermDraft> batch = new ArrayList<>();
        private String batchFirst;
        private String batchLast;
        private int created;
        private int updated;

        Run(NciGlossarySource source, PrintStream out, SlugBook book) {
            this.source = source;
            this.out = out;
            this.book = book;
        }

        ImportReport importAll() {
            check();
            save();
            return new ImportReport(created, updated, 0, notes);
        }

        /** First pass: notes the entries to skip, collects the names, reserves the English slugs. */
        private void check() {
            Map<String, String> whereOfId = new HashMap<>();
            int position = 0;
            try (NciGlossaryReader glossary = source.open()) {
                for (NciEntry entry = glossary.next(); entry != null; entry = glossary.next(), position++) {
                    String problem = entry.problem();
                    if (problem == null) {
                        String first = whereOfId.putIfAbsent(entry.row().cdrId(), entry.where());
                        problem = first == null
                                ? null
                                : "cdr_id " + entry.row().cdrId() + " was already read at " + first;
                    }
                    if (problem != null) {
                        notes.add(entry.where() + ": " + problem + "; " + source.form().skipped);
                        skipped.add(position);
                        continue;
                    }
                    knownNames.add(entry.row().term().toLowerCase(Locale.ROOT));
                    book.slugFor(SOURCE, entry.row().cdrId(), entry.row().term(), "-nci");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("read " + position + " " + source.form().records + " from " + source.path() + ", "
                    + skipped.size() + " to skip");
        }

        /** Second pass: the terms, saved in batches. */
        private void save() {
            int position = 0;
            try (NciGlossaryReader glossary = source.open()) {
                for (NciEntry entry = glossary.next(); entry != null; entry = glossary.next(), position++) {
                    if ((position + 1) % PROGRESS_EVERY == 0) {
                        out.println("... " + (position + 1) + " " + source.form().records);
                    }
                    if (skipped.contains(position)) {
                        continue;
                    }
                    add(entry.row());
                    if (batch.size() >= BATCH) {
                        flush();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            flush();
        }

        private void add(NciRow row) {
            String slug = book.slugFor(SOURCE, row.cdrId(), row.term(), "-nci");
            add(
                    row,
                    new TermDraft(
                            slug,
                            "en",
                            row.term(),
                            pronunciation(row.pronunciation()),
                            PlainTextMarkdown.of(row.definitionEn()),
                            AlsoCalled.in(row.definitionEn(), row.term(), knownNames::contains),
                            List.of(),
                            List.of(),
                            false,
                            SOURCE,
                            LICENCE,
                            row.cdrId()));
            boolean hasTerm = !row.termEs().isEmpty();
            boolean hasDefinition = !row.definitionEs().isEmpty();
            if (hasTerm != hasDefinition) {
                note(
                        row,
                        (hasTerm
                                        ? "Spanish term without a Spanish definition"
                                        : "Spanish definition without a Spanish term")
                                + "; imported in English only");
                return;
            }
            if (!hasTerm) {
                return;
            }
            if (row.termEs().length() > NciRow.MAX_NAME) {
                note(
                        row,
                        "the Spanish term is longer than " + NciRow.MAX_NAME + " characters; imported in English only");
                return;
            }
            String sourceId = row.cdrId() + SPANISH_ID_SUFFIX;
            String spanishSlug = book.slugFor(SOURCE, sourceId, row.termEs(), "-es");
            if (spanishSlug == null) {
                note(
                        row,
                        "the Spanish term '" + row.termEs()
                                + "' gives no usable address (slug); imported in English only");
                return;
            }
            add(
                    row,
                    new TermDraft(
                            spanishSlug,
                            "es",
                            row.termEs(),
                            null,
                            PlainTextMarkdown.of(row.definitionEs()),
                            List.of(),
                            List.of(),
                            List.of(),
                            false,
                            SOURCE,
                            LICENCE,
                            sourceId,
                            slug));
        }

        private void add(NciRow row, TermDraft draft) {
            if (batch.isEmpty()) {
                batchFirst = row.where();
            }
            batchLast = row.where();
            batch.add(draft);
            if (book.isStored(SOURCE, draft.sourceId())) {
                updated++;
            } else {
                created++;
            }
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                dictionary.saveAll(batch);
            } catch (DataAccessException e) {
                throw new ImportFailedException(
                        source.path() + ": the terms from " + batchFirst + " to " + batchLast + " could not be saved ("
                                + e.getMostSpecificCause().getMessage() + ")",
                        e);
            }
            batch.clear();
        }

        private void note(NciRow row, String text) {
            notes.add(row.where() + ": " + text);
        }
    }
}
