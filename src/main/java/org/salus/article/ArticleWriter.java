package org.salus.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.salus.changes.Change;
import org.salus.changes.ChangeLog;
import org.salus.web.SafetyProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of articles: stores immutable revisions (rendering them once, here) and
 * publishes a revision that a medical reviewer approved.
 */
@Service
public class ArticleWriter {

    private final ArticleStore articles;
    private final StoredRevisions revisions;
    private final ReviewerProfileRepository profiles;
    private final ChangeLog changes;
    private final Clock clock;
    private final SectionRenderer renderer;
    private final QuestionRenderer questionRenderer = new QuestionRenderer();
    private final List<SectionLinker> linkers;
    private final SectionReviews sectionReviews;

    ArticleWriter(
            ArticleStore articles,
            StoredRevisions revisions,
            ReviewerProfileRepository profiles,
            ChangeLog changes,
            Clock clock,
            List<SectionLinker> linkers,
            SafetyProperties safety,
            SectionReviews sectionReviews) {
        this.sectionReviews = sectionReviews;
        this.linkers = linkers;
        this.renderer = new SectionRenderer(safety);
        this.articles = articles;
        this.revisions = revisions;
        this.profiles = profiles;
        this.changes = changes;
        this.clock = clock;
    }

    /** The article with this slug, created when it does not exist yet. */
    @Transactional
    public ArticleRow findOrCreate(String slug, String language, ContentType type) {
        return revisions.findBySlug(slug).orElseGet(() -> {
            articles.insertArticle(slug, language, type, clock.instant());
            return revisions.findBySlug(slug).orElseThrow();
        });
    }

    /**
     * Stores a new revision unless it is identical to the article's newest one.
     *
     * @return the new revision's id, or empty when nothing changed
     */
    @Transactional
    public Optional<Long> saveRevision(ArticleRow article, RevisionDraft draft) {
        List<Long> related = new ArrayList<>();
        for (String slug : draft.relatedSlugs()) {
            related.add(revisions
                    .findBySlug(slug)
                    .orElseThrow(() -> new IllegalArgumentException("no article with slug " + slug))
                    .id());
        }
        String hash = contentHash(draft);
        if (revisions.latestContentHash(article.id()).filter(hash::equals).isPresent()) {
            return Optional.empty();
        }
        StoredRevision revision = new StoredRevision(
                draft,
                render(draft.sections(), article.language()),
                questionRenderer.render(draft.questions()),
                related,
                hash);
        return Optional.of(articles.insertRevision(article.id(), revision, clock.instant()));
    }

    /**
     * Records the approval that came with imported content and publishes it. The reviewer's public
     * profile is found or created by name.
     */
    @Transactional
    public void approveAndPublish(ArticleRow article, long revisionId, MedicalReview review) {
        ReviewerProfile profile =
                profiles.findOrCreateByName(review.reviewerName(), review.credentials(), review.specialty());
        articles.insertApprovingReview(
                revisionId, review, profile.id(), "Review record imported with the content", clock.instant());
        publish(article, revisionId);
    }

    /**
     * Makes an approved revision the one readers see.
     *
     * @throws IllegalStateException when no reviewer approved the revision: nothing unreviewed
     *                               is ever published
     */
    @Transactional
    public void publish(ArticleRow article, long revisionId) {
        if (revisions.findApprovingReview(revisionId).isEmpty()) {
            throw new IllegalStateException("revision " + revisionId + " has no approving medical review");
        }
        List<Question> unsupported = unsupportedQuestions(revisionId);
        if (!unsupported.isEmpty()) {
            throw new IllegalStateException("quiz " + article.slug() + " cannot be published: "
                    + String.join(
                            "; ",
                            unsupported.stream().map(ArticleWriter::unsupported).toList()));
        }
        articles.publish(article.id(), revisionId, clock.instant());
        changed(Change.Kind.ARTICLE_PUBLISHED, article);
    }

    /**
     * The quiz questions of a revision whose "Read more" link names no live article section; empty
     * when every question is backed (and for every revision that is not a quiz). Publishing is
     * refused until it is empty: an explanation must point readers to reviewed text that exists.
     */
    public List<Question> unsupportedQuestions(long revisionId) {
        return revisions.questionsOfRevision(revisionId).stream()
                .filter(q -> !revisions.hasLiveSection(q.supportSlug(), q.supportAnchor()))
                .toList();
    }

    /** "question 3 links to slug#anchor, which is not a published article section" */
    public static String unsupported(Question question) {
        return "question " + question.number() + " links to " + question.supportSlug() + "#" + question.supportAnchor()
                + ", which is not a published article section";
    }

    /**
     * Publishes an imported revision as syndicated content: the source's text on the publisher's
     * say-so, labelled on the page as not reviewed by this site. It records no review, so it never
     * counts as one (nor shows in review-due lists).
     */
    @Transactional
    public void publishSyndicated(ArticleRow article, long revisionId, Syndication syndication) {
        if (revisions.findSyndication(revisionId).isEmpty()) {
            articles.insertSyndication(revisionId, syndication);
        }
        articles.publish(article.id(), revisionId, clock.instant());
        changed(Change.Kind.ARTICLE_PUBLISHED, article);
    }

    /**
     * Files the article under these browse groups (names in its language, in order), replacing
     * the ones it had; the change is logged only when they differ, so the group pages follow.
     */
    @Transactional
    public void fileUnder(ArticleRow article, List<String> groups) {
        if (articles.replaceSiteGroups(article.id(), groups)) {
            changes.append(Change.of(Change.Kind.ARTICLE_GROUPS_CHANGED).article(article.id(), article.slug()));
        }
    }

    /** Appends the change to the log, naming the article and every page that shows it. */
    private void changed(Change.Kind kind, ArticleRow article) {
        Change.Builder change = Change.of(kind);
        articles.pagesShowing(article.id()).forEach(page -> change.article(page.id(), page.slug()));
        changes.append(change);
    }

    /** Quiz questions numbered, lettered and their explanations rendered as a stored revision's are (for previews). */
    public List<Question> renderQuestions(List<QuestionDraft> questions) {
        return questionRenderer.render(questions);
    }

    /** Sections of an English article rendered, sanitised and linked exactly as a stored revision's are (also for previews). */
    public List<Section> render(List<SectionDraft> sections) {
        return render(sections, "en");
    }

    /** Sections rendered as a stored revision's are, callout headings in the article's language. */
    public List<Section> render(List<SectionDraft> sections, String language) {
        List<Section> rendered = renderer.render(sections, language);
        if (linkers.isEmpty()) {
            return rendered;
        }
        return rendered.stream()
                .map(section -> {
                    String html = section.html();
                    for (SectionLinker linker : linkers) {
                        html = linker.link(html, section.anchor());
                    }
                    return new Section(section.type(), section.heading(), section.anchor(), section.markdown(), html);
                })
                .toList();
    }

    /**
     * Renders the published revisions' sections again with the current linkers (after dictionary
     * terms changed) and stores the HTML that changed. The approved Markdown is untouched, so no
     * new medical review is needed. The change names only the articles whose HTML changed: the
     * others' pages, and what a CDN or the static edition holds of them, stay as they are.
     *
     * @return how many sections changed
     */
    @Transactional
    public int relinkPublished() {
        int changed = 0;
        Change.Builder change = Change.of(Change.Kind.ARTICLES_RELINKED);
        boolean any = false;
        for (StoredRevisions.PublishedRef published : revisions.publishedRefs()) {
            int before = changed;
            changed += relink(published.revisionId(), published.language());
            if (changed > before) {
                change.article(published.articleId(), published.slug());
                any = true;
            }
        }
        if (any) {
            changes.append(change); // naming too many for the log names every article (ChangeLog)
        }
        return changed;
    }

    /** Stores the sections of one revision whose linked HTML differs; returns how many. */
    private int relink(long revision, String language) {
        int changed = 0;
        List<Section> stored = revisions.sectionsOfRevision(revision);
        List<Section> fresh = render(
                stored.stream()
                        .map(s -> new SectionDraft(s.type(), s.heading(), s.markdown()))
                        .toList(),
                language);
        for (int i = 0; i < stored.size(); i++) {
            if (!stored.get(i).html().equals(fresh.get(i).html())) {
                articles.updateSectionHtml(revision, i, fresh.get(i).html());
                changed++;
            }
        }
        return changed;
    }

    /** Takes the article off the site (410 Gone); its revisions and reviews stay. */
    @Transactional
    public void retire(ArticleRow article, String reason) {
        articles.retire(article.id(), reason, clock.instant());
        changed(Change.Kind.ARTICLE_RETIRED, article);
    }

    /**
     * Records a new approving review of the revision readers already see ("reviewed, no changes
     * needed"), which moves the next review date without a new text revision.
     */
    @Transactional
    public void confirmReview(ArticleRow article, MedicalReview review, long profileId, String notes) {
        if (article.publishedRevisionId() == null) {
            throw new IllegalStateException("article " + article.slug() + " has no published revision");
        }
        articles.insertApprovingReview(article.publishedRevisionId(), review, profileId, notes, clock.instant());
        changed(Change.Kind.ARTICLE_REVIEW_CONFIRMED, article);
    }

    /**
     * Records that a reviewer confirmed one section of the live revision ({@code anchor}) on
     * {@code review}'s date; the pages showing the article change like after a whole-page
     * confirmation, so caches and the static edition render them again.
     */
    @Transactional
    public void confirmSection(ArticleRow article, String anchor, MedicalReview review, long profileId) {
        if (article.publishedRevisionId() == null) {
            throw new IllegalStateException("article " + article.slug() + " has no published revision");
        }
        sectionReviews.insert(
                article.publishedRevisionId(),
                anchor,
                review.reviewerName(),
                profileId,
                review.reviewedOn(),
                clock.instant());
        changed(Change.Kind.ARTICLE_REVIEW_CONFIRMED, article);
    }

    static String contentHash(RevisionDraft draft) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Records print every component, lists included, so this covers the whole draft
            // except author, change note and kind, which describe a change rather than content.
            RevisionDraft content = new RevisionDraft(
                    draft.title(),
                    draft.summary(),
                    draft.alsoCalled(),
                    draft.codes(),
                    draft.sources(),
                    draft.relatedSlugs(),
                    draft.sections(),
                    "",
                    "",
                    ChangeKind.EDITORIAL,
                    draft.questions());
            return HexFormat.of().formatHex(sha.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
