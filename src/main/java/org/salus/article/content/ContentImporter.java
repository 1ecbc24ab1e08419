package org.salus.article.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.salus.article.ArticleRow;
import org.salus.article.ArticleStore;
import org.salus.article.ArticleWriter;
import org.salus.article.Code;
import org.salus.article.ContentType;
import org.salus.article.MedicalReview;
import org.salus.article.Question;
import org.salus.article.ReviewPolicy;
import org.salus.article.StoredRevisions;
import org.salus.article.TranslationGroups;
import org.salus.importing.ImportReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads parsed content files into the database as one unit: every file is checked against the
 * others and the database first, then all are written in one transaction, so a bad file leaves
 * the database as it was.
 *
 * <p>A file that carries a review record is published with it; one without stays an unpublished
 * revision, since nothing reaches readers without a medical review. A file identical to its
 * article's newest revision adds nothing.
 */
@Service
public class ContentImporter {

    private final StoredRevisions articles;
    private final ArticleStore store;
    private final ArticleWriter writer;
    private final ReviewPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TranslationGroups translations;

    ContentImporter(
            StoredRevisions articles,
            ArticleStore store,
            ArticleWriter writer,
            ReviewPolicy policy,
            Clock clock,
            ApplicationEventPublisher events,
            TranslationGroups translations) {
        this.events = events;
        this.translations = translations;
        this.articles = articles;
        this.store = store;
        this.writer = writer;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importAll(List<ContentFile> files) {
        check(files);
        // Every article exists before any revision is written, so related links between files
        // in the same import resolve whatever their order.
        Map<String, ArticleRow> rows = new HashMap<>();
        Set<String> createdSlugs = new HashSet<>();
        for (ContentFile file : files) {
            Optional<ArticleRow> existing = articles.findBySlug(file.slug());
            if (existing.isEmpty()) {
                createdSlugs.add(file.slug());
            } else if (existing.get().contentType() != file.contentType()) {
                store.updateContentType(existing.get().id(), file.contentType());
            }
            rows.put(file.slug(), writer.findOrCreate(file.slug(), file.language(), file.contentType()));
        }
        int updated = 0;
        int unchanged = 0;
        List<String> notes = new ArrayList<>();
        // Quizzes last: their questions link to articles that this same import may publish.
        List<ContentFile> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(file -> file.contentType() == ContentType.QUIZ));
        for (ContentFile file : ordered) {
            ArticleRow article = rows.get(file.slug());
            file.formerSlugs().forEach(former -> store.addAlias(former, article.id(), clock.instant()));
            writer.fileUnder(article, file.groups());
            if (!file.questions().isEmpty()) {
                events.publishEvent(new ArticleQuestionsDeclared(article.id(), article.slug(), file.questions()));
            }
            Optional<Long> revision = writer.saveRevision(article, file.draft());
            if (revision.isEmpty()) {
                unchanged++;
                continue;
            }
            if (!createdSlugs.contains(file.slug())) {
                updated++;
            }
            if (file.review().isPresent()) {
                requireSupport(file, revision.get());
                writer.approveAndPublish(
                        article, revision.get(), toReview(file.review().get()));
            } else {
                notes.add(file.name() + ": saved unpublished, because it carries no medical review");
            }
        }
        linkTranslations(files, rows);
        return new ImportReport(createdSlugs.size(), updated, unchanged, notes);
    }

    /**
     * Writes each file's {@code translation_of:} once every file's article exists, so the original
     * may come later in the same folder; a file without the key leaves the group it named before.
     * An original has at most one translation per language, checked after every move is made.
     */
    private void linkTranslations(List<ContentFile> files, Map<String, ArticleRow> rows) {
        for (ContentFile file : files) {
            Long original = file.translationOf()
                    .map(slug -> rows.containsKey(slug)
                            ? rows.get(slug).id()
                            : articles.findBySlug(slug).orElseThrow().id())
                    .orElse(null);
            translations.setOriginal(rows.get(file.slug()).id(), original);
        }
        for (ContentFile file : files) {
            if (file.translationOf().isEmpty()) {
                continue;
            }
            long original = translations.originalId(rows.get(file.slug()).id()).orElseThrow();
            List<String> others = translations.translationsIn(
                    original, file.language(), rows.get(file.slug()).id());
            if (!others.isEmpty()) {
                throw file.error(
                        "translation_of",
                        "'" + file.translationOf().get() + "' already has a translation in '" + file.language() + "': "
                                + others.get(0));
            }
        }
    }

    /** Refuses a quiz whose question links to a section readers cannot see, naming the link's line. */
    private void requireSupport(ContentFile file, long revisionId) {
        List<Question> unsupported = writer.unsupportedQuestions(revisionId);
        if (unsupported.isEmpty()) {
            return;
        }
        Question first = unsupported.get(0);
        String target = first.supportSlug() + "#" + first.supportAnchor();
        int line = 1;
        List<String> lines = file.lines().lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Read more:") && lines.get(i).contains("(" + target + ")")) {
                line = i + 1;
                break;
            }
        }
        throw new ContentFileException(
                file.name(),
                line,
                "the quiz cannot be published: " + ArticleWriter.unsupported(first) + " (publish that article first)");
    }

    private MedicalReview toReview(ReviewClaim claim) {
        return new MedicalReview(
                claim.reviewer(),
                claim.credentials(),
                claim.specialty(),
                claim.reviewed(),
                claim.nextDue() != null ? claim.nextDue() : policy.nextReviewDue(claim.reviewed()));
    }

    /** The original a file translates exists, here or on the site, in another language. */
    private void checkOriginal(ContentFile file, String original, Map<String, ContentFile> bySlug) {
        String language = bySlug.containsKey(original)
                ? bySlug.get(original).language()
                : articles.findBySlug(original).map(ArticleRow::language).orElse(null);
        if (language == null) {
            throw file.error(
                    "translation_of", "translation_of '" + original + "' is neither in this import nor on the site");
        }
        if (language.equals(file.language())) {
            throw file.error(
                    "translation_of",
                    "translation_of '" + original + "' is in '" + language
                            + "' too; a translation is in another language than its original");
        }
    }

    /** Everything that can be wrong across files, found before anything is written. */
    private void check(List<ContentFile> files) {
        Map<String, ContentFile> bySlug = new HashMap<>();
        for (ContentFile file : files) {
            ContentFile other = bySlug.putIfAbsent(file.slug(), file);
            if (other != null) {
                throw file.error("slug", "slug '" + file.slug() + "' is also used by " + other.name());
            }
        }
        Set<String> systems = articles.codeSystems();
        for (ContentFile file : files) {
            for (Code code : file.draft().codes()) {
                if (!systems.contains(code.system())) {
                    throw new ContentFileException(
                            file.name(),
                            file.lines().lineOf("codes", code.system()),
                            "unknown code system '" + code.system() + "' (known: "
                                    + String.join(
                                            ", ", systems.stream().sorted().toList()) + ")");
                }
            }
            for (String related : file.draft().relatedSlugs()) {
                if (!bySlug.containsKey(related) && articles.findBySlug(related).isEmpty()) {
                    throw new ContentFileException(
                            file.name(),
                            file.lines().lineOf("related", related),
                            "related article '" + related + "' is neither in this import nor on the site");
                }
            }
            file.translationOf().ifPresent(original -> checkOriginal(file, original, bySlug));
            for (String former : file.formerSlugs()) {
                if (bySlug.containsKey(former) || articles.findBySlug(former).isPresent()) {
                    throw file.error("former_slugs", "former slug '" + former + "' is the slug of another article");
                }
            }
        }
    }
}
