package org.salus.imports.medlineplus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamException;

import org.salus.importing.ConsoleProgress;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportOptions;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.salus.imports.ExternalArticle;
import org.salus.imports.ExternalArticles;
import org.salus.imports.ExternalArticles.Outcome;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code import medlineplus FILE [--as=draft|syndicated]}: the MedlinePlus health topics XML
 * ({@code mplus_topics_YYYY-MM-DD.xml}, or the older {@code medline_vocab_YYYY-MM-DD.xml}). Each
 * topic becomes an article ({@link TopicToArticle}) found again by its MedlinePlus id, saved in
 * its own transaction with its groups, so an import that stops leaves every topic either fully
 * there or absent.
 *
 * <p>The file is streamed, one topic in memory at a time, in up to two passes. The first saves
 * every topic, with the related topics that already exist. Related topics further down the file
 * do not exist yet then, so a second pass reads the file again and saves just the topics that
 * missed some. Then English and Spanish topics that name each other
 * ({@code <language-mapped-topic>}) are linked as translations. What the run keeps in memory is
 * small: the ids read (to skip duplicates), the topics waiting for the second pass and the
 * translation pairs.
 *
 * <p>A topic that cannot be used (no id, title or summary text, a language other than English or
 * Spanish, an id already read, a DTD entity in its text) is skipped and named in the report with
 * its line. Malformed XML, or bytes not in the file's encoding, stops the reading at that line:
 * the topics before it stay imported and the report says where it stopped. Only a file that is
 * not a MedlinePlus file at all fails the import as a whole.
 */
@Component
class MedlinePlusImporter implements Importer {

    static final int PROGRESS_WITHOUT_TOTAL = 500;

    private final ExternalArticles external;
    private final TopicOrigins origins;
    private final ArticleGroups groups;
    private final TranslationLinks translations;
    private final TransactionTemplate transaction;

    MedlinePlusImporter(
            ExternalArticles external,
            TopicOrigins origins,
            ArticleGroups groups,
            TranslationLinks translations,
            PlatformTransactionManager transactions) {
        this.external = external;
        this.origins = origins;
        this.groups = groups;
        this.translations = translations;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public String format() {
        return "medlineplus";
    }

    @Override
    public String description() {
        return "MedlinePlus health topics XML (mplus_topics_YYYY-MM-DD.xml, or the older medline_vocab_*.xml)";
    }

    @Override
    public ImportReport run(Path path, PrintStream out) {
        return run(path, ImportOptions.DEFAULTS, out);
    }

    @Override
    public ImportReport run(Path path, ImportOptions options, PrintStream out) {
        if (Files.isDirectory(path)) {
            throw new ImportFailedException(path + " is a folder: name the XML file (mplus_topics_YYYY-MM-DD.xml)");
        }
        return new Run(path, options.mode(), out).importAll();
    }

    /** The message for XML the parser could not read, without the parser's "ParseError at" prefix. */
    static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf("Message: ");
        String reason = (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
        if (reason.contains("UTF-8") || reason.contains("Invalid byte") || reason.contains("encoding")) {
            return "the bytes are not in the file's encoding (UTF-8 unless its XML declaration names another): "
                    + reason;
        }
        return "the XML is malformed: " + reason;
    }

    static int lineOf(XMLStreamException e) {
        return e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
    }

    /** A translation pair as the file declares it: topic {@code id} names {@code mappedId}, on {@code line}. */
    private record Pair(String id, String mappedId, int line) {}

    /** A topic's related topics: the slugs of those imported so far and the ids of the others. */
    private record Related(List<String> slugs, Set<String> missing) {}

    /** A topic saved in the first pass without some related topics: its outcome then, and which are missing. */
    private record Waiting(Outcome outcome, Set<String> missing) {}

    /** One import: its counts, notes and what waits for the second pass. */
    private final class Run {

        private final Path file;
        private final ImportOptions.Mode mode;
        private final PrintStream out;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Integer> firstLineOf = new HashMap<>();
        private final Map<String, Waiting> waitingForRelated = new LinkedHashMap<>(); // file order, for the notes
        private final List<Pair> pairs = new ArrayList<>();
        private final Set<String> missingRelated = new LinkedHashSet<>();
        private int read;
        private int created;
        private int updated;
        private int unchanged;
        private int skipped;
        private int keptAsDraft;
        private boolean stopped;

        Run(Path file, ImportOptions.Mode mode, PrintStream out) {
            this.file = file;
            this.mode = mode;
            this.out = out;
        }

        ImportReport importAll() {
            long start = System.nanoTime();
            saveTopics();
            long firstPass = System.nanoTime();
            linkRelated();
            int linked = linkTranslations();
            if (keptAsDraft > 0) {
                notes.add(keptAsDraft + " topics have new text kept as a draft: their published text was reviewed here,"
                        + " and unreviewed text never replaces it");
            }
            if (!missingRelated.isEmpty()) {
                notes.add(missingRelated.size() + " related topics named in the file are not in it (or were skipped):"
                        + " ids " + abbreviated(missingRelated) + "; those links are left out");
            }
            out.printf(
                    "medlineplus: read %d topics from %s in %.1f s (second pass and links %.1f s), linked %d new"
                            + " translation pairs%n",
                    read, file, (firstPass - start) / 1e9, (System.nanoTime() - firstPass) / 1e9, linked);
            return new ImportReport(created, updated, unchanged, skipped, notes);
        }

        /** First pass: every usable topic, with the related topics that exist so far. */
        private void saveTopics() {
            try (TopicReader reader = open()) {
                int total = reader.total();
                ConsoleProgress progress = total > 0 ? new ConsoleProgress(out, "medlineplus", total) : null;
                for (MedlinePlusTopic topic = reader.next(); topic != null; topic = reader.next()) {
                    read++;
                    saveFirst(topic);
                    if (progress != null) {
                        progress.show(Math.min(read, total));
                    } else if (read % PROGRESS_WITHOUT_TOTAL == 0) {
                        out.println("medlineplus: " + read + " topics");
                    }
                }
                if (progress != null) {
                    progress.finish();
                }
            } catch (XMLStreamException e) {
                stopped = true;
                notes.add("line " + lineOf(e) + ": " + describe(e) + "; reading stopped there: the " + read
                        + " topics before it were read (and imported unless noted), the rest of the file was not");
            } catch (IOException e) {
                stopped = true;
                notes.add("reading stopped after " + read + " topics: " + e.getMessage());
            }
        }

        private TopicReader open() throws IOException, XMLStreamException {
            try {
                return TopicReader.open(file, notes::add);
            } catch (NoSuchFileException e) {
                throw new ImportFailedException(file + ": the file does not exist", e);
            } catch (XMLStreamException e) {
                throw new ImportFailedException(file + ": line " + lineOf(e) + ": " + describe(e), e);
            } catch (IOException e) {
                throw new ImportFailedException(file + ": cannot read the file (" + e.getMessage() + ")", e);
            }
        }

        private void saveFirst(MedlinePlusTopic topic) {
            if (topic.id() != null && topic.refusal() == null) {
                Integer first = firstLineOf.putIfAbsent(topic.id(), topic.line());
                if (first != null) {
                    skip(topic, "its id " + topic.id() + " was already read on line " + first);
                    return;
                }
            }
            String problem = TopicToArticle.problem(topic);
            if (problem != null) {
                skip(topic, problem);
                return;
            }
            Related related = related(topic);
            Optional<Outcome> outcome = save(topic, related.slugs(), notes::add);
            if (outcome.isEmpty()) {
                return;
            }
            switch (outcome.get()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case KEPT_AS_DRAFT -> {
                    updated++;
                    keptAsDraft++;
                }
            }
            if (!related.missing().isEmpty()) {
                waitingForRelated.put(topic.id(), new Waiting(outcome.get(), related.missing()));
            }
            for (MedlinePlusTopic.MappedTopic mapped : topic.translations()) {
                if (mapped.id() != null && !mapped.id().equals(topic.id())) {
                    pairs.add(new Pair(topic.id(), mapped.id(), topic.line()));
                }
            }
        }

        /** Second pass: the topics that named related topics further down the file. */
        private void linkRelated() {
            // A topic waits only for topics the file holds; the others are noted without a second look.
            waitingForRelated.values().removeIf(waiting -> {
                boolean inFile = waiting.missing().stream().anyMatch(firstLineOf::containsKey);
                if (!inFile) {
                    missingRelated.addAll(waiting.missing());
                }
                return !inFile;
            });
            if (waitingForRelated.isEmpty()) {
                return;
            }
            out.println(
                    "medlineplus: linking " + waitingForRelated.size() + " topics to related topics read after them");
            try (TopicReader reader = TopicReader.open(file, note -> {})) {
                for (MedlinePlusTopic topic = reader.next();
                        topic != null && !waitingForRelated.isEmpty();
                        topic = reader.next()) {
                    Waiting waiting = waitingForRelated.get(topic.id());
                    if (waiting == null || firstLineOf.get(topic.id()) != topic.line()) {
                        continue; // not waiting, or a later duplicate of a waiting topic
                    }
                    waitingForRelated.remove(topic.id());
                    Related related = related(topic);
                    Optional<Outcome> second = save(topic, related.slugs(), note -> {}); // noted in the first pass
                    if (waiting.outcome() == Outcome.UNCHANGED
                            && second.filter(o -> o != Outcome.UNCHANGED).isPresent()) {
                        unchanged--;
                        updated++;
                    }
                    missingRelated.addAll(related.missing());
                }
            } catch (XMLStreamException | IOException | ImportFailedException e) {
                if (!stopped) { // the first pass read the file whole: it changed since
                    notes.add("the second pass could not read the file again (" + e.getMessage()
                            + "); some related topics are not linked");
                }
            }
        }

        /** Links the topics that name each other as translations; returns how many pairs are new. */
        private int linkTranslations() {
            int linked = 0;
            Set<String> done = new HashSet<>();
            for (Pair pair : pairs) {
                String key = pair.id().compareTo(pair.mappedId()) < 0
                        ? pair.id() + "|" + pair.mappedId()
                        : pair.mappedId() + "|" + pair.id();
                if (!done.add(key)) {
                    continue;
                }
                Optional<TopicOrigins.Imported> a = origins.find(pair.id());
                Optional<TopicOrigins.Imported> b = origins.find(pair.mappedId());
                if (a.isEmpty() || b.isEmpty()) {
                    continue; // the other topic is not imported (yet): a later file links them
                }
                if (a.get().language().equals(b.get().language())) {
                    notes.add("line " + pair.line() + ": topic " + pair.id() + " names topic " + pair.mappedId()
                            + " as its translation, but both are in language '"
                            + a.get().language() + "'; not linked");
                    continue;
                }
                if (translations.link(a.get().articleId(), b.get().articleId())) {
                    linked++;
                }
            }
            return linked;
        }

        private Related related(MedlinePlusTopic topic) {
            List<String> slugs = new ArrayList<>();
            Set<String> missing = new LinkedHashSet<>();
            for (String id : new LinkedHashSet<>(topic.relatedIds())) {
                if (!id.equals(topic.id())) {
                    origins.find(id).ifPresentOrElse(found -> slugs.add(found.slug()), () -> missing.add(id));
                }
            }
            return new Related(slugs, missing);
        }

        /** Saves the topic's article and groups in one transaction; empty (and noted) when the database refused it. */
        private Optional<Outcome> save(MedlinePlusTopic topic, List<String> relatedSlugs, Consumer<String> siteNotes) {
            ExternalArticle article = TopicToArticle.article(topic, relatedSlugs, siteNotes);
            try {
                return Optional.ofNullable(transaction.execute(status -> {
                    Outcome outcome = external.save(article, mode);
                    origins.find(topic.id()).ifPresent(found -> groups.replace(found.articleId(), topic.groups()));
                    return outcome;
                }));
            } catch (DataAccessException | IllegalArgumentException e) {
                String reason = e instanceof DataAccessException d
                        ? d.getMostSpecificCause().getMessage()
                        : e.getMessage();
                skip(topic, "the database refused it (" + reason + ")");
                waitingForRelated.remove(topic.id());
                return Optional.empty();
            }
        }

        private void skip(MedlinePlusTopic topic, String reason) {
            skipped++;
            String what = "topic " + (topic.id() != null ? topic.id() : "without id")
                    + (topic.title() != null ? " (" + topic.title() + ")" : "");
            notes.add("line " + topic.line() + ": " + what + " skipped: " + reason);
        }

        private static String abbreviated(Set<String> ids) {
            List<String> list = new ArrayList<>(ids);
            return list.size() <= 10
                    ? String.join(", ", list)
                    : String.join(", ", list.subList(0, 10)) + " and " + (list.size() - 10) + " more";
        }
    }
}
