package org.salus.review;

import java.time.LocalDate;
import java.util.List;

import org.salus.account.UserAccount;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.MedicalReview;
import org.salus.article.ReviewPolicy;
import org.salus.article.ReviewerProfile;
import org.salus.article.Section;
import org.salus.article.StoredRevisions;
import org.salus.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review by section: a medical reviewer confirms that one section of a live article is still
 * accurate without reviewing the whole page. The same rules as a whole-page confirmation apply:
 * reviewers only, never on text they wrote, and only on a live article.
 */
@Service
public class ReviewedSections {

    private final StoredRevisions articles;
    private final ArticleWriter writer;
    private final ReviewRules rules;
    private final TextAuthors textAuthors;
    private final ReviewPolicy policy;
    private final AuditLog audit;
    private final java.time.Clock clock;

    ReviewedSections(
            StoredRevisions articles,
            ArticleWriter writer,
            ReviewRules rules,
            TextAuthors textAuthors,
            ReviewPolicy policy,
            AuditLog audit,
            java.time.Clock clock) {
        this.articles = articles;
        this.writer = writer;
        this.rules = rules;
        this.textAuthors = textAuthors;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records today's confirmation of the live section {@code anchor} by {@code reviewer}, in the audit log too. */
    @Transactional
    public void confirm(UserAccount reviewer, String slug, String anchor) {
        ReviewerProfile profile = rules.reviewerProfile(reviewer);
        ArticleRow article = articles.findBySlug(slug).orElseThrow(() -> new WorkflowException("workflow.noArticle"));
        if (article.publishedRevisionId() == null || articles.isRetired(slug)) {
            throw new WorkflowException("workflow.notPublished");
        }
        long live = article.publishedRevisionId();
        String section = anchorIn(articles.sectionsOfRevision(live), anchor);
        if (section == null) {
            throw new WorkflowException("workflow.noSection");
        }
        ReviewRules.requireNotAnAuthor(reviewer, textAuthors.of(live), "workflow.selfConfirm");
        LocalDate today = LocalDate.now(clock);
        writer.confirmSection(
                article,
                section,
                new MedicalReview(
                        profile.name(),
                        profile.credentials(),
                        profile.specialty(),
                        today,
                        policy.nextReviewDue(today, article.contentType())),
                profile.id());
        audit.record(reviewer.username(), "review.sectionConfirmed", article.id(), live, live, "section " + section);
    }

    /**
     * {@code anchor} when it names one of {@code sections}; null when none was given (the whole
     * article); refused when it names no section of the revision.
     */
    static String anchorIn(List<Section> sections, String anchor) {
        if (anchor == null || anchor.isBlank()) {
            return null;
        }
        return sections.stream()
                .map(Section::anchor)
                .filter(anchor::equals)
                .findFirst()
                .orElseThrow(() -> new WorkflowException("workflow.noSection"));
    }
}
