package org.salus.testsupport;

import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.account.UserRepository;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;
import org.salus.article.RevisionSummary;
import org.salus.article.StoredRevisions;
import org.salus.article.Syndication;
import org.salus.review.ArticleIdentity;
import org.salus.review.EditorialWorkflow;
import org.springframework.stereotype.Component;

/**
 * Puts test articles live the ways the site does: {@link #publish} through the editorial workflow
 * (a writer saves and submits, a medical reviewer approves, an editor publishes), {@link #syndicate}
 * as an import publishes an agency's own text. Build the drafts with {@link Drafts}. Part of
 * {@link SiteTest}; other test classes {@code @Import({People.class, Publisher.class})}.
 */
@Component
public class Publisher {

    private final EditorialWorkflow workflow;
    private final ArticleWriter writer;
    private final StoredRevisions articles;
    private final People people;
    private final UserRepository users;

    Publisher(
            EditorialWorkflow workflow,
            ArticleWriter writer,
            StoredRevisions articles,
            People people,
            UserRepository users) {
        this.workflow = workflow;
        this.writer = writer;
        this.articles = articles;
        this.people = people;
        this.users = users;
    }

    /** Publishes {@code draft} now as the next revision of an English condition article. */
    public long publish(String slug, RevisionDraft draft) {
        return publish(new ArticleIdentity(slug, "en", ContentType.CONDITION), draft);
    }

    /**
     * Publishes {@code draft} now as the next revision of the article (created if new) and returns
     * the revision's id. The workflow's rules apply: text above the reading grade is refused.
     */
    public long publish(ArticleIdentity article, RevisionDraft draft) {
        UserAccount author = staff("publisher-writer", Role.WRITER);
        UserAccount reviewer = staff("publisher-reviewer", Role.REVIEWER);
        UserAccount editor = staff("publisher-editor", Role.EDITOR);
        long revision = workflow.saveDraft(author, article, draft, latestRevisionNumber(article.slug()));
        workflow.submit(author, revision);
        workflow.approve(reviewer, revision, null);
        workflow.publish(editor, revision, null, null);
        return revision;
    }

    /** Publishes {@code draft} unreviewed under the source's attribution, as a syndicated import does. */
    public long syndicate(String slug, RevisionDraft draft, Syndication syndication) {
        ArticleRow article = writer.findOrCreate(slug, "en", ContentType.CONDITION);
        long revision = writer.saveRevision(article, draft).orElseThrow();
        writer.publishSyndicated(article, revision, syndication);
        return revision;
    }

    private int latestRevisionNumber(String slug) {
        return articles.findBySlug(slug)
                .map(article -> articles.revisionsOf(article.id()).stream()
                        .mapToInt(RevisionSummary::number)
                        .max()
                        .orElse(0))
                .orElse(0);
    }

    /** Looked up each time: a test's transaction may have rolled back the ones created before. */
    private UserAccount staff(String username, Role role) {
        return users.findByUsername(username).orElseGet(() -> people.create(username, role));
    }
}
