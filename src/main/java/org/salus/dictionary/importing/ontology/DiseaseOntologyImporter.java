package org.salus.dictionary.importing.ontology;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.salus.article.Slugs;
import org.salus.dictionary.Dictionary;
import org.salus.dictionary.TermDraft;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.salus.markdown.MarkdownText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code import disease-ontology PATH}: the Human Disease Ontology's OBO file
 * ({@value #FILE_NAME}, gzipped or plain, or a folder holding it) as dictionary terms.
 *
 * <p>Every live {@code [Term]} with a text definition becomes a term with source
 * {@value #SOURCE}, licence {@value #LICENCE} and its DOID as source id, so importing again
 * updates in place. Its EXACT synonyms are kept except those the ontology took from SNOMED CT
 * (their reference list names SNOMED: SNOMED CT descriptions need a SNOMED licence to show);
 * RELATED, BROAD and NARROW synonyms are not synonyms a reader could swap in. Its xrefs to
 * ICD-10-CM, ICD-9-CM, MeSH, SNOMED CT and UMLS are stored in {@code term_code}.
 *
 * <p>Terms are imported with {@code linkable} false: ontology names are clinical labels
 * ("diabetes mellitus", "hypertension" as a disease class), not the everyday words the
 * dictionary links in articles, and linking thousands of them would bury the plain-language
 * terms editors chose. Readers still find them in the dictionary and by code.
 *
 * <p>A term's slug is the slug of its name unless another term already has it (for instance
 * the sample term "obesity"); then {@code -do}, {@code -do-2}, ... is added. A term imported
 * before keeps its slug, so addresses do not change when a name does.
 *
 * <p>The file is read as a stream and saved in batches of {@value #BATCH}, all in one
 * transaction: an import that fails on a read error leaves the database as it was. A stanza that
 * cannot be read (no name, an unterminated quote) is skipped and reported as "line N: reason".
 */
@Component
class DiseaseOntologyImporter implements Importer {

    static final String FILE_NAME = "doid-2016-09-01.obo.gz";
    static final String SOURCE = "Human Disease Ontology";
    static final String LICENCE = "CC BY 3.0";
    static final int BATCH = 500;
    static final int PROGRESS_EVERY = 1000;
    /** More notes than this are summarised in one line. */
    static final int MAX_NOTES = 100;

    private final Dictionary dictionary;
    private final OntologyTermRepository terms;
    private final TransactionTemplate transaction;

    DiseaseOntologyImporter(
            Dictionary dictionary, OntologyTermRepository terms, PlatformTransactionManager transactionManager) {
        this.dictionary = dictionary;
        this.terms = terms;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public String format() {
        return "disease-ontology";
    }

    @Override
    public String description() {
        return "Human Disease Ontology OBO file (" + FILE_NAME + ", .obo, or a folder holding it), CC BY 3.0";
    }

    @Override
    public ImportReport run(Path path, PrintStream out) {
        Path file = resolve(path);
        Run run = new Run(out);
        try {
            transaction.executeWithoutResult(status -> {
                try (OboReader reader = open(file)) {
                    run.reader = reader;
                    run.read(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(message(file, e, run.line()), e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new ImportFailedException(e.getMessage(), e);
        }
        return run.report();
    }

    /** One import: counts, notes, the batch waiting to be saved and the slugs given out. */
    private final class Run {

        private final PrintStream out;
        private final List<String> notes = new ArrayList<>();
        private final List<Pending> batch = new ArrayList<>();
        private final Set<String> slugsGiven = new HashSet<>();
        private final Set<String> idsSeen = new HashSet<>();
        private OboReader reader;
        private boolean started;
        private int stanzas;
        private int obsolete;
        private int withoutDefinition;
        private int malformed;
        private int created;
        private int updated;
        private int codes;

        Run(PrintStream out) {
            this.out = out;
        }

        int line() {
            return reader == null ? 0 : reader.lineNumber();
        }

        void read(Path file) throws IOException {
            out.println("reading " + file);
            OboReader.Stanza stanza;
            while ((stanza = reader.next()) != null) {
                if (!started) {
                    started = true;
                    out.println(attribution(reader.header()));
                }
                if (!stanza.type().equals("Term")) {
                    continue;
                }
                stanzas++;
                term(stanza);
                if (stanzas % PROGRESS_EVERY == 0) {
                    out.println("  " + stanzas + " terms read, " + (created + updated) + " to import");
                }
            }
            if (stanzas == 0) {
                throw new ImportFailedException(file + " has no [Term] stanzas; is it an OBO file?");
            }
            flush();
            out.println("read " + stanzas + " terms: " + (created + updated) + " imported, " + obsolete + " obsolete, "
                    + withoutDefinition + " without a definition, " + malformed + " malformed; " + codes
                    + " codes stored");
        }

        private void term(OboReader.Stanza stanza) {
            if (OboTerm.isObsolete(stanza)) {
                obsolete++;
                return;
            }
            OboTerm term;
            try {
                term = OboTerm.of(stanza);
            } catch (OboTerm.MalformedStanzaException e) {
                malformed++;
                note(e.note());
                return;
            }
            if (term.definition() == null) {
                withoutDefinition++;
                return;
            }
            if (!idsSeen.add(term.id())) {
                malformed++;
                note("line " + term.line() + ": " + term.id() + " appears a second time; this stanza is skipped");
                return;
            }
            Optional<String> existing = terms.slugOf(SOURCE, term.id());
            String slug = existing.orElseGet(() -> newSlug(term));
            slugsGiven.add(slug);
            if (existing.isPresent()) {
                updated++;
            } else {
                created++;
            }
            batch.add(new Pending(
                    new TermDraft(
                            slug,
                            "en",
                            term.name(),
                            null,
                            paragraph(term.definition()),
                            term.synonyms(),
                            List.of(),
                            List.of(),
                            false,
                            SOURCE,
                            LICENCE,
                            term.id()),
                    CodeMapping.all(term.xrefs())));
            if (batch.size() == BATCH) {
                flush();
            }
        }

        /** The slug of the name, or with {@code -do}, {@code -do-2}, ... if another term has it. */
        private String newSlug(OboTerm term) {
            String base = stem(term, Slugs.MAX_LENGTH);
            if (free(base)) {
                return base;
            }
            for (int n = 1; ; n++) {
                String suffix = n == 1 ? "-do" : "-do-" + n;
                String candidate = stem(term, Slugs.MAX_LENGTH - suffix.length()) + suffix;
                if (free(candidate)) {
                    return candidate;
                }
            }
        }

        private boolean free(String slug) {
            return !slugsGiven.contains(slug) && !terms.slugTaken(slug);
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            dictionary.saveAll(batch.stream().map(Pending::draft).toList());
            for (Pending pending : batch) {
                long id = terms.idOf(SOURCE, pending.draft().sourceId()).orElseThrow();
                terms.replaceCodes(id, pending.codes());
                codes += pending.codes().size();
            }
            batch.clear();
        }

        private void note(String note) {
            if (notes.size() < MAX_NOTES) {
                notes.add(note);
            }
        }

        ImportReport report() {
            List<String> all = new ArrayList<>(notes);
            if (malformed > notes.size()) {
                all.add("... and " + (malformed - notes.size()) + " more stanzas skipped");
            }
            return new ImportReport(created, updated, 0, all);
        }
    }

    private record Pending(TermDraft draft, List<CodeMapping.Code> codes) {}

    /** The slug of the term's name (of its id if the name has no letters or digits), at most {@code max} long. */
    /** A definition as one Markdown paragraph that renders as its text, white space collapsed. */
    private static String paragraph(String text) {
        return MarkdownText.escape(text.replaceAll("\\s+", " ").strip()) + "\n";
    }

    private static String stem(OboTerm term, int max) {
        String slug = Slugs.of(term.name(), max);
        return slug.isEmpty() ? Slugs.of(term.id(), max) : slug;
    }

    private static String attribution(List<OboReader.Tag> header) {
        String release = header.stream()
                .filter(t -> t.name().equals("data-version"))
                .map(OboReader.Tag::value)
                .map(v -> v.replaceFirst("^releases/", ""))
                .findFirst()
                .orElse("unknown");
        return "Human Disease Ontology (disease-ontology.org), release " + release + ", " + LICENCE;
    }

    /** The file itself, or in a folder the DO file (or its only {@code .obo}/{@code .obo.gz} file). */
    static Path resolve(Path path) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        Path named = path.resolve(FILE_NAME);
        if (Files.isRegularFile(named)) {
            return named;
        }
        List<Path> obo;
        try (Stream<Path> files = Files.list(path)) {
            obo = files.filter(f -> {
                        String name = f.getFileName().toString();
                        return Files.isRegularFile(f) && (name.endsWith(".obo") || name.endsWith(".obo.gz"));
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ImportFailedException(message(path, e, 0), e);
        }
        if (obo.size() != 1) {
            throw new ImportFailedException(path + " holds " + (obo.isEmpty() ? "no" : obo.size()) + " .obo files; "
                    + "name " + FILE_NAME + " or a single .obo file");
        }
        return obo.get(0);
    }

    /** A reader of the file, gunzipped if it starts with the gzip magic number (whatever its name). */
    private static OboReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new OboReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    private static String message(Path file, IOException e, int line) {
        String where = line > 0 ? " (after line " + line + ")" : "";
        if (e instanceof NoSuchFileException) {
            return file + " does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return file + " cannot be read: permission denied";
        }
        if (e instanceof ZipException || e instanceof EOFException) {
            return file + " is not a complete gzip file" + where + ": " + e.getMessage();
        }
        return "could not read " + file + where + ": " + e.getMessage();
    }
}
