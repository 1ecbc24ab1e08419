package org.salus.review;

import java.time.Clock;

import org.salus.account.UserAccount;
import org.salus.article.ArticleRow;
import org.salus.article.RevisionDraft;
import org.salus.article.StoredRevisions;
import org.salus.quality.ArticleQuality;
import org.salus.quality.QualityOverrides;
import org.salus.quality.QualityReport;
import org.springframework.stereotype.Component;

/**
 * Publishing below the quality limit ({@code salus.quality.min-score}), like publishing above the
 * reading grade, needs a reason: it is stored with the score ({@code quality_override}) and goes to the
 * audit log with the publication. Runs inside the publishing transaction, so a refused publication
 * stores nothing.
 */
@Component
class QualityGate {

    private final StoredRevisions articles;
    private final ArticleQuality quality;
    private final QualityOverrides overrides;
    private final Clock clock;

    QualityGate(StoredRevisions articles, ArticleQuality quality, QualityOverrides overrides, Clock clock) {
        this.articles = articles;
        this.quality = quality;
        this.overrides = overrides;
        this.clock = clock;
    }

    /** The revision's report, as the revision page shows it. */
    QualityReport report(long revisionId, String slug) {
        ArticleRow article = articles.findBySlug(slug).orElseThrow();
        RevisionDraft draft = articles.loadDraft(revisionId).orElseThrow();
        return quality.of(article.language(), draft.title(), draft.summary(), articles.sectionsOfRevision(revisionId));
    }

    /**
     * Nothing (null) when the revision meets the limit; otherwise records {@code reason} and returns the
     * audit text for it, or refuses without one.
     */
    String check(UserAccount editor, WorkflowRow row, String reason) {
        int min = quality.minScore();
        if (min <= 0) {
            return null;
        }
        int score = report(row.revisionId(), row.slug()).score();
        if (score >= min) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("workflow.qualityOverride");
        }
        overrides.record(new QualityOverrides.Override(
                row.revisionId(), score, min, reason.strip(), editor.username(), clock.instant()));
        return String.format("quality score %d below %d: %s", score, min, reason.strip());
    }
}
