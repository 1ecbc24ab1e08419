package org.salus.audit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.salus.web.PageContext;
import org.salus.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators ({@code /admin/**} is theirs): filtered by who, what, article or
 * account and days, newest first, a page at a time, and the same filter as a CSV file.
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;
    /** The CSV holds at most this many entries, newest first: a year of a busy newsroom. */
    static final int CSV_MAX = 100_000;

    private final AuditLog log;
    private final List<AuditSubjects> subjects;

    AuditController(AuditLog log, List<AuditSubjects> subjects) {
        this.log = log;
        this.subjects = subjects;
    }

    @GetMapping("/admin/audit")
    String page(
            @ModelAttribute AuditQuery query,
            @RequestParam(required = false) String page,
            PageContext ctx,
            Model model) {
        AuditFilter filter = filter(query, ctx);
        Paging<AuditPage.Row> rows = Paging.counted(
                log.count(filter), page, PAGE_SIZE, (offset, size) -> rows(log.find(filter, offset, size)));
        model.addAttribute("page", new AuditPage(ctx, query, log.actions(), rows));
        return "admin/audit";
    }

    @GetMapping("/admin/audit.csv")
    void csv(@ModelAttribute AuditQuery query, PageContext ctx, HttpServletResponse response) throws IOException {
        List<AuditPage.Row> rows = rows(log.find(filter(query, ctx), 0, CSV_MAX));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Writer out = response.getWriter()) {
            AuditCsv.write(rows, out);
        }
    }

    private AuditFilter filter(AuditQuery query, PageContext ctx) {
        Long articleId = query.subject() == null
                ? null
                : subjects.stream()
                        .map(s -> s.articleId(query.subject()))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(null);
        return query.filter(ctx.dates(), articleId);
    }

    private List<AuditPage.Row> rows(List<AuditEntry> entries) {
        Map<Long, AuditSubject> described = new HashMap<>();
        for (AuditSubjects feature : subjects) {
            described.putAll(feature.describe(entries));
        }
        return entries.stream()
                .map(e -> new AuditPage.Row(e, described.get(e.id())))
                .toList();
    }
}
