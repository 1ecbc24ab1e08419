package org.salus.cdshooks.feedback;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the editors' pages (package {@code review}) the model attribute {@code cdsUsage}, so
 * {@code editor/article.jte} shows an article's cards in EHRs with one template call while
 * {@code review} knows nothing of CDS Hooks. It hands over the look-up, not the numbers: only a
 * page that shows them runs the query.
 */
@ControllerAdvice(basePackages = "org.salus.review")
class EditorUsageAdvice {

    private final CardUsages usages;

    EditorUsageAdvice(CardUsages usages) {
        this.usages = usages;
    }

    @ModelAttribute("cdsUsage")
    CardUsages cdsUsage() {
        return usages;
    }
}
