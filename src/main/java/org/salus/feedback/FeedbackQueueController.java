package org.salus.feedback;

import java.security.Principal;
import java.time.Clock;

import org.salus.audit.AuditLog;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The editors' feedback queue (role EDITOR, see account.EditorialRoutes): counts per article, one
 * article's comments and reports, and "Mark as handled", which is audited (who, when, which
 * report; never the reader's text).
 */
@Controller
class FeedbackQueueController {

    /** The newest comments and reports shown for one article; older ones are only counted. */
    static final int SHOWN = 200;

    private final FeedbackRepository feedback;
    private final AuditLog audit;
    private final Clock clock;

    FeedbackQueueController(FeedbackRepository feedback, AuditLog audit, Clock clock) {
        this.feedback = feedback;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/editor/feedback")
    String queue(PageContext ctx, Model model) {
        model.addAttribute("page", new FeedbackPages.Queue(ctx, feedback.counts()));
        return "feedback/queue";
    }

    @GetMapping("/editor/feedback/articles/{id}")
    String article(@PathVariable("id") long articleId, PageContext ctx, Model model) {
        FeedbackRepository.Page page =
                feedback.latestPage(articleId).orElseThrow(() -> new NotFoundException("feedback"));
        model.addAttribute(
                "page",
                new FeedbackPages.ArticleFeedback(
                        ctx, articleId, page.slug(), page.title(), feedback.forArticle(articleId, SHOWN), SHOWN));
        return "feedback/article";
    }

    @PostMapping("/editor/feedback/{id}/handled")
    String handled(@PathVariable long id, Principal editor) {
        FeedbackPages.Entry entry = feedback.find(id).orElseThrow(() -> new NotFoundException("feedback"));
        if (feedback.markHandled(id, editor.getName(), clock.instant())) {
            audit.record(editor.getName(), "feedback.handled", entry.articleId(), null, null, "feedback " + id);
        }
        return "redirect:/editor/feedback/articles/" + entry.articleId() + "#feedback-" + id;
    }
}
