package org.salus.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ArticleRow;
import org.salus.article.ChangeKind;
import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;
import org.salus.article.StoredRevisions;
import org.salus.review.ArticleIdentity;
import org.salus.review.EditorialWorkflow;
import org.salus.review.ReviewedSections;
import org.salus.story.Moderation;
import org.salus.story.Question;
import org.salus.story.StoryFeedback;
import org.salus.story.StoryForm;
import org.salus.story.StorySubmissions;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds to the sample site one of everything else a site holds: editorial users and a reviewer
 * profile, a revision through the editorial workflow, stories in every state with screening findings, votes and reports, a dictionary term
 * revision, a former slug and a translation. Backup tests run on it and check that every
 * application table has rows, so a table added by a new migration is noticed here.
 */
@Component
class WholeSite {

    static final String STORY = "Cutting out sugary drinks and walking after dinner helped my blood sugar a lot. "
            + "Email me at ana.smith@example.org or see https://example.com/recipes — ünïcödé and emoji 🍎 included.";

    private final People people;
    private final StorySubmissions submissions;
    private final Moderation moderation;
    private final StoryFeedback feedback;
    private final JdbcClient jdbc;
    private final EditorialWorkflow workflow;
    private final StoredRevisions articles;
    private final ReviewedSections sections;
    private final org.salus.newsroom.Notifier notifier;

    WholeSite(
            People people,
            StorySubmissions submissions,
            Moderation moderation,
            StoryFeedback feedback,
            JdbcClient jdbc,
            EditorialWorkflow workflow,
            StoredRevisions articles,
            ReviewedSections sections,
            org.salus.newsroom.Notifier notifier) {
        this.sections = sections;
        this.notifier = notifier;
        this.workflow = workflow;
        this.articles = articles;
        this.people = people;
        this.submissions = submissions;
        this.moderation = moderation;
        this.feedback = feedback;
        this.jdbc = jdbc;
    }

    void fill() {
        UserAccount writer = people.create("writer", Role.WRITER);
        UserAccount reviewer = people.create("reviewer", Role.REVIEWER);
        people.create("editor", Role.EDITOR, Role.WRITER);
        people.create("moderator", Role.MODERATOR);

        // A second revision of a published article, through the workflow up to an approving review.
        ArticleRow obesity = articles.findBySlug("obesity").orElseThrow();
        RevisionDraft old = articles.loadDraft(obesity.publishedRevisionId()).orElseThrow();
        RevisionDraft edited = Drafts.revisionOf(old)
                .title(old.title() + " and overweight")
                .by(writer.displayName())
                .note("A broader title.", ChangeKind.EDITORIAL)
                .build();
        long draft = workflow.saveDraft(
                writer, new ArticleIdentity("obesity", obesity.language(), obesity.contentType()), edited, 1);
        workflow.submit(writer, draft);
        workflow.approve(reviewer, draft, "Still accurate.");
        sections.confirm(reviewer, "obesity", "overview"); // a section confirmed on its own (section_review)
        notifier.run(); // the reviewer and the writer are told (org.salus.newsroom)

        // A quiz draft, for its questions and options.
        workflow.saveDraft(
                writer,
                new ArticleIdentity("test-your-obesity-iq", "en", ContentType.QUIZ),
                Drafts.draft("Test your obesity IQ")
                        .question("Can moving more help?", "obesity", "treatment", "Yes", "No")
                        .build(),
                0);

        Question diet = jdbc.sql("""
                SELECT q.id, q.article_id, a.slug, q.slug AS question_slug, q.title, q.prompt
                FROM question q JOIN article a ON a.id = q.article_id
                WHERE a.slug = 'insulin-resistance' AND q.slug = 'diet'""")
                .query((row, n) -> new Question(
                        row.getLong("id"),
                        row.getLong("article_id"),
                        row.getString("slug"),
                        "",
                        "en",
                        row.getString("question_slug"),
                        row.getString("title"),
                        row.getString("prompt"),
                        0))
                .single();
        story(diet, "Ana", "192.0.2.1"); // stays pending
        long shown = story(diet, "Bo", "192.0.2.2");
        long rejected = story(diet, "Cy", "192.0.2.3");
        long removed = story(diet, "Di", "192.0.2.4");
        moderation.publish("moderator", shown, false);
        moderation.publish("moderator", removed, true);
        moderation.reject("moderator", rejected, "personal-data", "Has a phone number.");
        moderation.remove("moderator", removed, "other", null);
        feedback.helpful(shown, "198.51.100.1");
        feedback.helpful(shown, "198.51.100.2");
        feedback.report(shown, "198.51.100.3", "Not about diet");
        pageFeedback();
        sourceChecks();
        cdsCards();

        long reviewerProfile = jdbc.sql("SELECT id FROM reviewer_profile WHERE user_id = :u")
                .param("u", reviewer.id())
                .query(Long.class)
                .single();
        // A reviewer's photo (V53): a reference to a sample image, restored after the image it names.
        jdbc.sql("UPDATE reviewer_profile SET photo_image_id = (SELECT MIN(id) FROM image) WHERE id = :id")
                .param("id", reviewerProfile)
                .update();
        jdbc.sql("""
                INSERT INTO term_revision (slug, revision_number, language, name, pronunciation, definition_markdown,
                    synonyms, related_terms, related_articles, linkable, source, licence, change_note, state, author_id,
                    reviewer_profile_id, reviewed_on, review_notes, created_at, updated_at)
                VALUES ('insulin', 1, 'en', 'Insulin', 'IN-suh-lin', 'A *hormone* that moves sugar into cells.',
                    'insulin hormone', 'glucose', 'insulin-resistance', TRUE, 'Salus', NULL, 'Plainer wording.', 'approved',
                    :author, :reviewer, :reviewed, 'Clear.', :at, :at)""")
                .param("author", writer.id())
                .param("reviewer", reviewerProfile)
                .param("reviewed", LocalDate.of(2026, 11, 20))
                .param("at", LocalDateTime.of(2026, 11, 21, 9, 30, 15, 123_456_000))
                .update();

        long insulinResistance = jdbc.sql("SELECT id FROM article WHERE slug = 'insulin-resistance'")
                .query(Long.class)
                .single();
        // A reason recorded for publishing below the quality limit (V63; the tests' limit is off).
        jdbc.sql("""
                INSERT INTO quality_override (revision_id, score, min_score, reason, recorded_by, recorded_at)
                VALUES ((SELECT MIN(id) FROM revision WHERE article_id = :a), 64, 70,
                        'Lists the doses exactly as the label does.', 'edgar', :at)""")
                .param("a", insulinResistance)
                .param("at", LocalDateTime.of(2026, 11, 23, 10, 0))
                .update();
        jdbc.sql(
                        "INSERT INTO article_slug_alias (slug, article_id, created_at) VALUES ('insulin-insensitivity', :a, :at)")
                .param("a", insulinResistance)
                .param("at", LocalDateTime.of(2026, 1, 2, 3, 4, 5))
                .update();
        jdbc.sql("""
                INSERT INTO article (slug, language, content_type, translation_of, created_at)
                VALUES ('resistencia-a-la-insulina', 'es', 'condition', :a, :at)""")
                .param("a", insulinResistance)
                .param("at", LocalDateTime.of(2026, 11, 22, 8, 0))
                .update();
        jdbc.sql(
                        "INSERT INTO term_code (term_id, code_system, code) SELECT id, 'MESH', 'D007328' FROM term WHERE slug = 'insulin'")
                .update();
        // A code list as `import icd10cm` leaves it: one current code, one retired (titles made up).
        jdbc.sql("""
                INSERT INTO code_list_entry (code_system, code, code_key, title, billable, retired, imported_at)
                VALUES ('ICD-10-CM', 'E11.9', 'E119', 'Test title of E11.9', TRUE, FALSE, :at),
                       ('ICD-10-CM', 'E11.99', 'E1199', 'Test title of a retired code', TRUE, TRUE, :at)""").param("at", LocalDateTime.of(2026, 11, 22, 8, 0)).update();

        // What the importers record: where an article came from, its translation, its groups, a syndication label.
        long spanish = jdbc.sql("SELECT id FROM article WHERE slug = 'resistencia-a-la-insulina'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO article_origin (article_id, source, source_id, attribution, imported_at)
                VALUES (:a, 'medlineplus', '5001', 'MedlinePlus, National Library of Medicine', :at)""")
                .param("a", spanish)
                .param("at", LocalDateTime.of(2026, 11, 23, 7, 0))
                .update();
        jdbc.sql("INSERT INTO article_translation (article_id, translation_id) VALUES (:en, :es), (:es, :en)")
                .param("en", insulinResistance)
                .param("es", spanish)
                .update();
        jdbc.sql("""
                INSERT INTO article_group (article_id, ordinal, source, group_id, name, url)
                VALUES (:a, 0, 'medlineplus', '19', 'Metabolic Problems', 'https://medlineplus.gov/metabolicproblems.html')""").param("a", spanish).update();
        jdbc.sql("""
                INSERT INTO syndicated_publication (revision_id, attribution, imported_on)
                VALUES (:r, 'MedlinePlus, National Library of Medicine', :on)""").param("r", draft).param("on", LocalDate.of(2026, 11, 23)).update();
        // JSON content API: one live and one revoked key (only their hashes are stored)
        jdbc.sql("""
                INSERT INTO api_key (name, token_prefix, token_hash, created_at, created_by, revoked_at, revoked_by)
                VALUES ('City Hospital portal', 'salus_AbCdEf', :live, :at, 'admin', NULL, NULL),
                       ('Old partner app', 'salus_GhIjKl', :revoked, :at, 'admin', :at, 'admin')""")
                .param("live", "a".repeat(64))
                .param("revoked", "b".repeat(64))
                .param("at", LocalDateTime.of(2026, 11, 20, 9, 30))
                .update();
        // CDS Hooks (org.salus.cdshooks.auth): a used token id, kept so a restore still refuses its replay
        jdbc.sql("""
                INSERT INTO cds_client_jti (issuer, jti, expires_at)
                VALUES ('https://ehr.example.org/', 'ee22b021-e1b7-4611-ba5b-8eec6a33ac1e', :at)""").param("at", LocalDateTime.of(2026, 11, 29, 12, 5)).update();
    }

    /** Page feedback (org.salus.feedback): an answer with a comment and a handled, urgent problem report. */
    private void pageFeedback() {
        jdbc.sql("""
                INSERT INTO page_feedback (article_id, article_slug, article_title, kind, helpful, problem,
                    comment_text, flags, urgent, submitted_at, handled_at, handled_by)
                SELECT id, slug, 'Insulin Resistance', 'helpful', FALSE, NULL, 'Too much jargon.', '', FALSE,
                    TIMESTAMP '2026-11-20 10:00:00', NULL, NULL FROM article WHERE slug = 'insulin-resistance'""").update();
        jdbc.sql("""
                INSERT INTO page_feedback (article_id, article_slug, article_title, kind, helpful, problem,
                    comment_text, flags, urgent, submitted_at, handled_at, handled_by)
                SELECT id, slug, 'Insulin Resistance', 'problem', NULL, 'broken-link', 'See https://example.org/x',
                    'url', TRUE, TIMESTAMP '2026-11-21 10:00:00', TIMESTAMP '2026-11-22 09:00:00', 'editor'
                FROM article WHERE slug = 'insulin-resistance'""").update();
    }

    /** Source watch findings (org.salus.sources, V65): a page that changed and moved, and one that is gone. */
    private void sourceChecks() {
        jdbc.sql("""
                INSERT INTO source_check (url, outcome, http_status, final_url, etag, last_modified, text_hash, problem,
                    first_seen, last_checked, last_changed, outcome_since)
                VALUES ('https://www.example.org/insulin', 'moved', 200, 'https://www.example.org/insulin-resistance',
                    '"v2"', 'Sat, 21 Nov 2026 09:00:00 GMT',
                    'aa5b4e1f3c2d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f', NULL,
                    TIMESTAMP '2026-11-01 03:00:00', TIMESTAMP '2026-11-22 03:00:00.123456',
                    TIMESTAMP '2026-11-20 03:00:00', TIMESTAMP '2026-11-20 03:00:00'),
                    ('https://www.example.org/old', 'gone', 410, 'https://www.example.org/old', NULL, NULL, NULL, NULL,
                    TIMESTAMP '2026-11-01 03:00:00', TIMESTAMP '2026-11-22 03:00:00', NULL,
                    TIMESTAMP '2026-11-21 03:00:00')""").update();
    }

    /** CDS Hooks feedback (org.salus.cdshooks.feedback): a card shown in an EHR and its override with a reason. */
    private void cdsCards() {
        jdbc.sql("""
                INSERT INTO cds_card_issued (card_uuid, service_id, article_id, issued_at)
                SELECT '9368d37b-283f-44a0-93ea-547cebab93ed', 'salus-education', id, TIMESTAMP '2026-11-20 11:00:00'
                FROM article WHERE slug = 'insulin-resistance'""").update();
        jdbc.sql("""
                INSERT INTO cds_card_feedback (card_uuid, outcome, reason_system, reason_code, reason_display,
                    outcome_at, received_at)
                VALUES ('9368d37b-283f-44a0-93ea-547cebab93ed', 'overridden', 'https://example.com/override',
                    'd7ecf885', 'Already given', TIMESTAMP '2026-11-20 11:05:00', TIMESTAMP '2026-11-20 11:05:01')""").update();
    }

    private long story(Question question, String name, String client) {
        return submissions
                .submit(question, new StoryForm(name, "patient", "45-64", "female", STORY, true, ""), client)
                .storyId();
    }
}
