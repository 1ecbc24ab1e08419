package org.salus.imports.medquad;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.salus.importing.ConsoleProgress;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportOptions;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.salus.imports.ExternalArticles;
import org.salus.imports.ExternalArticles.Outcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code import medquad PATH [--as=draft|syndicated] [--crosswalk=PATH|none]}: MedQuAD's eight NIH
 * subsets ({@value MedQuadFiles#ZIP_NAME}, read straight from the zip, or unpacked) as articles,
 * one per XML document, with source {@value MedQuadArticles#SOURCE} and the document's folder and
 * file as source id ({@code 5_NIDDK_QA/0000044}), so importing again updates the same articles
 * and never duplicates them.
 *
 * <p>Each document is stored in its own transaction by {@link ExternalArticles}: an import that
 * stops half-way (killed, or a zip cut short) leaves every document either fully imported or not
 * at all, and running it again finishes the job. A document that cannot be used (see
 * {@link MedQuadReader} and {@link MedQuadArticles}) is skipped and named, with its line when
 * known, in the report's notes; the others are imported.
 *
 * <p>Codes: the documents' UMLS CUIs, plus the ICD-10-CM, ICD-9-CM, SNOMED CT and MeSH codes the
 * Disease Ontology crosswalk gives for them ({@link MedQuadCrosswalk#locate}: {@code --crosswalk},
 * else {@code disease-ontology/} beside the MedQuAD folder).
 */
@Component
class MedQuadImporter implements Importer {

    static final String CROSSWALK_OPTION = "crosswalk";
    /** More notes than this are summarised in one line. */
    static final int MAX_NOTES = 200;

    /** Where the operator keeps the crosswalk: the only place an uploaded archive's import looks. */
    static final String CROSSWALK_PROPERTY = "salus.imports.medquad-crosswalk";

    private static final String CODES = " for ICD-10-CM, ICD-9-CM, SNOMED CT and MeSH codes";

    private final ExternalArticles articles;
    private final ObjectProvider<ApplicationArguments> arguments;
    private final String configuredCrosswalk;

    @Autowired
    MedQuadImporter(
            ExternalArticles articles, ObjectProvider<ApplicationArguments> arguments, MedQuadProperties settings) {
        this(articles, arguments, settings.medquadCrosswalk());
    }

    MedQuadImporter(
            ExternalArticles articles, ObjectProvider<ApplicationArguments> arguments, String configuredCrosswalk) {
        this.articles = articles;
        this.arguments = arguments;
        this.configuredCrosswalk = configuredCrosswalk == null ? "" : configuredCrosswalk.strip();
    }

    MedQuadImporter(ExternalArticles articles, ObjectProvider<ApplicationArguments> arguments) {
        this(articles, arguments, "");
    }

    @Override
    public String format() {
        return "medquad";
    }

    @Override
    public String description() {
        return "MedQuAD's NIH subsets (" + MedQuadFiles.ZIP_NAME + ", a folder holding it, or unpacked), CC BY 4.0;"
                + " --crosswalk=PATH|none for the Disease Ontology code crosswalk";
    }

    @Override
    public ImportReport run(Path path, PrintStream out) {
        return run(path, ImportOptions.DEFAULTS, out);
    }

    @Override
    public ImportReport run(Path path, ImportOptions options, PrintStream out) {
        if (options.uploaded()) {
            return run(path, options, uploadCrosswalk(), out);
        }
        ApplicationArguments args = arguments.getIfAvailable();
        List<String> values = args == null ? null : args.getOptionValues(CROSSWALK_OPTION);
        Optional<String> crosswalk =
                values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
        return run(path, options, crosswalk, out);
    }

    /**
     * @param crosswalkOption the {@code --crosswalk} value: a file, a folder holding it, or
     *                        {@code none}; empty to look beside the MedQuAD folder
     */
    ImportReport run(Path path, ImportOptions options, Optional<String> crosswalkOption, PrintStream out) {
        MedQuadFiles files = MedQuadFiles.at(path);
        Optional<String> option = crosswalkOption.isEmpty() && !configuredCrosswalk.isEmpty()
                ? Optional.of(configuredCrosswalk)
                : crosswalkOption;
        Optional<Path> file = MedQuadCrosswalk.locate(option, files.dataFolder());
        String why = crosswalkOption.isPresent()
                ? "--crosswalk=none"
                : "no " + MedQuadCrosswalk.FILE_NAME + " in "
                        + files.dataFolder().resolveSibling("disease-ontology");
        return run(
                files,
                options,
                new CrosswalkChoice(
                        file.map(MedQuadCrosswalk::load),
                        file.map(Path::toString).orElse(null),
                        why,
                        "give --crosswalk=PATH" + CODES),
                out);
    }

    /**
     * The crosswalk a browser upload may use: only the one the operator configured, never a
     * folder found next to the upload; named without its path, since the report is shown in the browser.
     */
    private CrosswalkChoice uploadCrosswalk() {
        String name = "the crosswalk set in " + CROSSWALK_PROPERTY;
        if (configuredCrosswalk.isEmpty()) {
            return new CrosswalkChoice(
                    Optional.empty(),
                    null,
                    "no crosswalk is configured",
                    "the operator can set " + CROSSWALK_PROPERTY + CODES);
        }
        try {
            Optional<Path> file = MedQuadCrosswalk.locate(Optional.of(configuredCrosswalk), Path.of("."));
            return new CrosswalkChoice(file.map(MedQuadCrosswalk::load), name, null, null);
        } catch (ImportFailedException e) {
            throw new ImportFailedException(name + " is missing or unreadable: check that setting on the server", e);
        }
    }

    /** The crosswalk to use, what to call it, and why there is none (with what to do about it). */
    private record CrosswalkChoice(Optional<MedQuadCrosswalk> crosswalk, String name, String whyNone, String advice) {}

    private ImportReport run(Path path, ImportOptions options, CrosswalkChoice choice, PrintStream out) {
        return run(MedQuadFiles.at(path), options, choice, out);
    }

    private ImportReport run(MedQuadFiles files, ImportOptions options, CrosswalkChoice choice, PrintStream out) {
        MedQuadCrosswalk crosswalk = choice.crosswalk().orElse(MedQuadCrosswalk.EMPTY);
        // An upload sits in a temporary folder of the server: name the file only.
        Object location = options.uploaded() ? files.location().getFileName() : files.location();
        out.println("reading " + files.count() + " MedQuAD documents from " + location + " ("
                + MedQuadSubset.DATASET_TITLE + "), as " + options.mode().name().toLowerCase(Locale.ROOT)
                + (options.mode() == ImportOptions.Mode.DRAFT ? " articles awaiting medical review" : " content"));
        Run run = new Run(options.mode(), crosswalk, new ConsoleProgress(out, "medquad", files.count()));
        if (choice.crosswalk().isPresent()) {
            out.println("codes: UMLS, and ICD-10-CM, ICD-9-CM, SNOMED CT, MeSH from " + choice.name() + " ("
                    + crosswalk.diseases() + " diseases with a UMLS CUI)");
        } else {
            run.notes.add("only UMLS codes were added (" + choice.whyNone() + "); " + choice.advice());
            out.println("codes: UMLS only (" + choice.whyNone() + ")");
        }
        long start = System.nanoTime();
        Optional<String> stopped = files.read(run::add);
        run.progress.finish();
        if (run.seen == 0 && stopped.isEmpty()) {
            throw new ImportFailedException(location + " holds no MedQuAD XML documents");
        }
        run.printSubsets(out);
        out.printf(Locale.ROOT, "read %d documents in %.1f s%n", run.seen, (System.nanoTime() - start) / 1e9);
        return run.report(stopped);
    }

    /** One import: counts, notes, and the ids read so far. */
    private final class Run {

        private final ImportOptions.Mode mode;
        private final MedQuadCrosswalk crosswalk;
        private final ConsoleProgress progress;
        private final List<String> notes = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final Map<String, int[]> perFolder = new TreeMap<>();
        private int moreNotes;
        private int seen;
        private int created;
        private int updated;
        private int unchanged;
        private int skipped;

        Run(ImportOptions.Mode mode, MedQuadCrosswalk crosswalk, ConsoleProgress progress) {
            this.mode = mode;
            this.crosswalk = crosswalk;
            this.progress = progress;
        }

        void add(MedQuadFiles.Document file) {
            seen++;
            int[] counts = perFolder.computeIfAbsent(file.folder(), f -> new int[2]);
            counts[0]++;
            try {
                Outcome outcome = store(file);
                if (outcome == null) {
                    skipped++;
                    return;
                }
                counts[1]++;
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case KEPT_AS_DRAFT -> {
                        updated++;
                        note(file.name() + ": the live text was reviewed on this site, so it stays; the new"
                                + " MedQuAD text waits as a draft");
                    }
                }
            } finally {
                progress.show(seen);
            }
        }

        /** Stores one document; null when it was skipped (with a note saying why). */
        private Outcome store(MedQuadFiles.Document file) {
            if (file.problem() != null) {
                note(file.name() + ": " + file.problem() + "; skipped");
                return null;
            }
            Optional<MedQuadSubset> subset = MedQuadSubset.ofFolder(file.folder());
            if (subset.isEmpty()) {
                return null; // reported once per folder
            }
            if (!ids.add(file.sourceId())) {
                note(file.name() + ": a second document with the id " + file.sourceId() + " (a repeated entry);"
                        + " the first one was imported, this one is skipped");
                return null;
            }
            try {
                MedQuadDocument document =
                        MedQuadReader.read(file.name(), file.sourceId(), file.folder(), file.bytes());
                MedQuadArticles.Mapped mapped = MedQuadArticles.of(document, subset.get(), crosswalk);
                mapped.notes().forEach(this::note);
                return articles.save(mapped.article(), mode);
            } catch (UnusableDocumentException e) {
                note(e.note(file.name()));
                return null;
            } catch (RuntimeException e) {
                // One document the database refuses must not stop the others; its transaction rolled back.
                note(file.name() + ": could not be stored (" + rootMessage(e) + "); skipped");
                return null;
            }
        }

        private void note(String note) {
            if (notes.size() < MAX_NOTES) {
                notes.add(note);
            } else {
                moreNotes++;
            }
        }

        void printSubsets(PrintStream out) {
            perFolder.forEach((folder, counts) -> out.println("  " + (folder.isEmpty() ? "(no folder)" : folder) + ": "
                    + counts[0] + " documents, " + counts[1] + " imported"
                    + (MedQuadSubset.ofFolder(folder).isEmpty() ? " (not a MedQuAD NIH subset)" : "")));
        }

        ImportReport report(Optional<String> stopped) {
            List<String> all = new ArrayList<>();
            stopped.ifPresent(all::add);
            perFolder.forEach((folder, counts) -> {
                if (MedQuadSubset.ofFolder(folder).isEmpty()) {
                    all.add((folder.isEmpty() ? "documents outside a subset folder" : "folder " + folder)
                            + ": not one of the eight MedQuAD NIH subsets this importer accepts; its " + counts[0]
                            + " documents were skipped (2_GARD_QA's licence is unclear; the A.D.A.M., drug and herbal"
                            + " subsets have no answers)");
                }
            });
            all.addAll(notes);
            if (moreNotes > 0) {
                all.add("... and " + moreNotes + " more notes");
            }
            return new ImportReport(created, updated, unchanged, skipped, all);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
