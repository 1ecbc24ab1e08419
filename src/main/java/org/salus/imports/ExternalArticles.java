package org.salus.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.RevisionDraft;
import org.salus.article.Slugs;
import org.salus.article.StoredRevisions;
import org.salus.article.Syndication;
import org.salus.importing.ImportOptions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores articles that importers read from outside sources, one record per transaction, so an
 * import that stops half-way leaves every record either fully there or absent.
 *
 * <p>A record is found again by its source and source id, so a re-import updates the same article
 * (a new revision when the text changed) and never makes a second one. In
 * {@link ImportOptions.Mode#DRAFT DRAFT} mode the revision waits, unpublished, for this
 * publisher's medical review. In {@link ImportOptions.Mode#SYNDICATED SYNDICATED} mode it is
 * published as the source's text, labelled "not reviewed" — except over a revision this site's
 * reviewers approved: reviewed text is never replaced by unreviewed text, so the new revision
 * then stays a draft.
 */
@Service
public class ExternalArticles {

    /** What happened to one record. {@code KEPT_AS_DRAFT}: syndicated text did not replace reviewed text. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        KEPT_AS_DRAFT
    }

    private final ArticleOrigins origins;
    private final StoredRevisions articles;
    private final ArticleWriter writer;
    private final Clock clock;

    ExternalArticles(ArticleOrigins origins, StoredRevisions articles, ArticleWriter writer, Clock clock) {
        this.origins = origins;
        this.articles = articles;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Stores one record in its own transaction. Related articles that do not exist (yet) are
     * left out; an importer that wants them links them in a second pass.
     */
    @Transactional
    public Outcome save(ExternalArticle external, ImportOptions.Mode mode) {
        Optional<ArticleRow> existing =
                origins.slugOf(external.source(), external.sourceId()).flatMap(articles::findBySlug);
        ArticleRow article = existing.orElseGet(() -> create(external));
        Optional<Long> revision = writer.saveRevision(article, withKnownRelations(external.draft()));
        if (existing.isPresent()) {
            origins.touch(external.source(), external.sourceId(), clock.instant());
        }
        if (mode == ImportOptions.Mode.SYNDICATED) {
            long toPublish = revision.orElseGet(() -> newestRevision(article));
            if (article.publishedRevisionId() != null
                    && articles.findApprovingReview(article.publishedRevisionId())
                            .isPresent()) {
                return revision.isPresent() ? Outcome.KEPT_AS_DRAFT : Outcome.UNCHANGED;
            }
            if (!Long.valueOf(toPublish).equals(article.publishedRevisionId())) {
                writer.publishSyndicated(
                        article, toPublish, new Syndication(external.attribution(), LocalDate.now(clock)));
                return existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
            }
        }
        if (revision.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        return existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
    }

    private ArticleRow create(ExternalArticle external) {
        String slug = freeSlug(external.slug());
        ArticleRow article = writer.findOrCreate(slug, external.language(), external.type());
        origins.insert(article.id(), external.source(), external.sourceId(), external.attribution(), clock.instant());
        return article;
    }

    /** {@code wanted}, or {@code wanted-2}, {@code wanted-3}, ... when another article holds it. */
    private String freeSlug(String wanted) {
        String base = Slugs.of(wanted, Slugs.MAX_LENGTH - 4);
        String slug = base;
        for (int n = 2; origins.slugInUse(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private RevisionDraft withKnownRelations(RevisionDraft draft) {
        return new RevisionDraft(
                draft.title(),
                draft.summary(),
                draft.alsoCalled(),
                draft.codes(),
                draft.sources(),
                draft.relatedSlugs().stream()
                        .filter(slug -> articles.findBySlug(slug).isPresent())
                        .toList(),
                draft.sections(),
                draft.author(),
                draft.changeNote(),
                draft.changeKind(),
                draft.questions());
    }

    private long newestRevision(ArticleRow article) {
        return articles.revisionsOf(article.id()).get(0).id();
    }
}
