package org.salus.feed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.ChangeKind;
import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;
import org.salus.article.RevisionSummary;
import org.salus.article.SectionType;
import org.salus.article.StoredRevisions;
import org.salus.article.Syndication;
import org.salus.article.content.ContentFileParser;
import org.salus.article.content.ContentImporter;
import org.salus.changes.Change;
import org.salus.changes.ChangeLog;
import org.salus.review.ArticleIdentity;
import org.salus.review.EditorialWorkflow;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.MutableClock;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes articles for the feed and sitemap tests the way the site does (content files through
 * the importer, the editor's publish and retire), each a minute after the last, on a site of its
 * own so other test classes never see them. Small sitemap files, so paging is exercised.
 * Registered by {@link Test} only (not a component: other test sites have no movable clock).
 */
class FeedSite {

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "salus.feed.sitemap-urls-per-file=4")
    @OwnContext("feeds")
    @Import({MutableClock.Config.class, Http.class, People.class, FeedSite.class})
    @interface Test {}

    private final ContentImporter importer;
    private final StoredRevisions articles;
    private final ArticleWriter writer;
    private final MutableClock clock;
    private final JdbcClient jdbc;
    private final ChangeLog changes;
    private final TransactionTemplate transactions;
    private final EditorialWorkflow workflow;
    private final People people;
    private UserAccount staffWriter;
    private UserAccount staffReviewer;
    private UserAccount staffEditor;

    FeedSite(
            ContentImporter importer,
            StoredRevisions articles,
            ArticleWriter writer,
            MutableClock clock,
            JdbcClient jdbc,
            ChangeLog changes,
            TransactionTemplate transactions,
            EditorialWorkflow workflow,
            People people) {
        this.workflow = workflow;
        this.people = people;
        this.jdbc = jdbc;
        this.changes = changes;
        this.transactions = transactions;
        this.importer = importer;
        this.articles = articles;
        this.writer = writer;
        this.clock = clock;
    }

    /** Imports a reviewed revision (published) or, with {@code reviewed} false, a draft nobody approved. */
    void write(String slug, String title, String language, String changeKind, String changeNote, boolean reviewed) {
        clock.advance(Duration.ofMinutes(1));
        String review = reviewed
                ? "review: {reviewer: Dr. Ana Ruiz, credentials: MD, specialty: Cardiology, reviewed: 2026-11-01}\n"
                : "";
        String file = """
                ---
                slug: %s
                title: '%s'
                language: %s
                type: condition
                summary: A plain summary of %s, written for the feed tests.
                sources:
                  - {organisation: Salus tests, title: Written for the feed tests}
                %schange_note: '%s'
                change_kind: %s
                ---

                ## What is it? {section=overview}

                Text of %s as of %s.
                """.formatted(
                        slug,
                        title.replace("'", "''"),
                        language,
                        slug,
                        review,
                        changeNote.replace("'", "''"),
                        changeKind,
                        slug,
                        clock.instant());
        importer.importAll(List.of(new ContentFileParser().parse(slug + ".md", file)));
    }

    /**
     * Imports a quiz (content type {@code quiz}, one question backed by the sample insulin
     * resistance article): published when {@code reviewed}, else a draft nobody approved.
     */
    void writeQuiz(String slug, String title, boolean reviewed) {
        clock.advance(Duration.ofMinutes(1));
        String review = reviewed
                ? "review: {reviewer: Dr. Ana Ruiz, credentials: MD, specialty: Endocrinology, reviewed: 2026-11-01}\n"
                : "";
        String file = """
                ---
                slug: %s
                title: '%s'
                language: en
                type: quiz
                summary: A plain summary of the %s quiz, written for the feed tests.
                sources:
                  - {organisation: Salus tests, title: Written for the feed tests}
                %schange_note: First publication.
                change_kind: clinical
                ---

                ## About this quiz {section=overview}

                One question about insulin, as of %s.

                ## What does insulin do? {question=single}

                - [x] It moves sugar from the blood into cells
                - [ ] It carries oxygen

                Insulin lets sugar leave the blood and feed the body's cells.

                Read more: [What is insulin resistance?](insulin-resistance#overview)
                """.formatted(slug, title.replace("'", "''"), slug, review, clock.instant());
        importer.importAll(List.of(new ContentFileParser().parse(slug + ".md", file)));
    }

    /**
     * Saves a revision as a writer does in the editor, as a draft; the article is created on its
     * first save. Returns the revision's id.
     */
    long draft(String slug, String title, String changeKind, String changeNote) {
        clock.advance(Duration.ofMinutes(1));
        staff();
        int base = articles.findBySlug(slug)
                .map(row -> articles.revisionsOf(row.id()).stream()
                        .mapToInt(RevisionSummary::number)
                        .max()
                        .orElse(0))
                .orElse(0);
        RevisionDraft draft = Drafts.draft(title)
                .summary("A plain summary of " + slug + ", written for the feed tests.")
                .source("Salus tests", "Written for the feed tests", null)
                .section(SectionType.OVERVIEW, "What is it?", "Text of " + slug + " as of " + clock.instant() + ".")
                .by(staffWriter.username())
                .note(changeNote, ChangeKind.fromCode(changeKind).orElseThrow())
                .build();
        return workflow.saveDraft(staffWriter, new ArticleIdentity(slug, "en", ContentType.CONDITION), draft, base);
    }

    /** Sends a draft through review (another person) and publishes it (a third), as the newsroom does. */
    void approveAndPublish(long revision) {
        clock.advance(Duration.ofMinutes(1));
        workflow.submit(staffWriter, revision);
        workflow.approve(staffReviewer, revision, null);
        workflow.publish(staffEditor, revision, null, null);
    }

    private void staff() {
        if (staffWriter == null) { // once per test site: user names are unique
            staffWriter = people.create("feedwriter", Role.WRITER);
            staffReviewer = people.create("feedreviewer", Role.REVIEWER);
            staffEditor = people.create("feededitor", Role.EDITOR);
        }
    }

    /** Imports a draft and publishes it as the source's own text, as a syndicated import does. */
    void syndicate(String slug, String title, String attribution) {
        syndicate(slug, title, attribution, "Imported.");
    }

    /** As {@link #syndicate(String, String, String)}, the import writing {@code importNote} on the revision. */
    void syndicate(String slug, String title, String attribution, String importNote) {
        write(slug, title, "en", "clinical", importNote, false);
        ArticleRow row = articles.findBySlug(slug).orElseThrow();
        long revision = articles.revisionsOf(row.id()).get(0).id();
        writer.publishSyndicated(row, revision, new Syndication(attribution, LocalDate.of(2026, 11, 20)));
    }

    void retire(String slug) {
        clock.advance(Duration.ofMinutes(1));
        writer.retire(articles.findBySlug(slug).orElseThrow(), "Merged into another article.");
    }

    /** Links two articles as translations of each other, both ways, as the MedlinePlus import does. */
    void linkTranslations(String slug, String otherSlug) {
        long a = articles.findBySlug(slug).orElseThrow().id();
        long b = articles.findBySlug(otherSlug).orElseThrow().id();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO article_translation (article_id, translation_id) VALUES (:a, :b), (:b, :a)")
                    .param("a", a)
                    .param("b", b)
                    .update();
            changes.append(Change.of(Change.Kind.TRANSLATIONS_LINKED).article(a).article(b));
        });
    }
}
