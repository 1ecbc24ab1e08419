package org.salus.sources;

import org.salus.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /editor/sources}: every notice of the source watch, for editors, reviewers and admins. */
@Controller
class SourceWatchController {

    private final SourceWatchReport report;

    SourceWatchController(SourceWatchReport report) {
        this.report = report;
    }

    @GetMapping("/editor/sources")
    String list(PageContext ctx, Model model) {
        model.addAttribute("page", new SourceListPage(ctx, report.all(), report.lastRun()));
        return "sources/list";
    }
}
