package org.salus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.article.ArticleRow;
import org.salus.article.RevisionSummary;
import org.salus.article.StoredRevisions;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit page over real HTTP: titles and links instead of ids, revision numbers as the history
 * shows them, filters, paging, the CSV export, and only administrators may read it.
 */
@SiteTest
class AuditControllerTests {

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    AuditLog audit;

    @Autowired
    StoredRevisions revisions;

    @Test
    void entriesShowTheArticleTitleWithALinkAndTheHistorysRevisionNumbers() {
        ArticleRow article = revisions.findBySlug("high-blood-pressure").orElseThrow();
        RevisionSummary revision = revisions.revisionsOf(article.id()).get(0);
        audit.record("titler", "revision.published", article.id(), null, revision.id(), null);
        Visitor admin = admin("audittitles");

        Document page = Http.html(admin.get("/admin/audit?who=titler"));

        Element row = page.selectFirst("table.audit-log tbody tr");
        Element link = row.selectFirst("a[href=/editor/articles/high-blood-pressure]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo(revision.title());
        assertThat(row.select("td").get(4).text()).isEqualTo("– → " + revision.number());
        assertThat(row.selectFirst("time").attr("datetime")).isEqualTo("2026-11-29T12:00:00Z");
        assertThat(row.selectFirst("time").text()).isEqualTo("November 29, 2026, 12:00 PM UTC");
    }

    @Test
    void theCsvHoldsTheFilteredEntriesWithFormulasDefused() {
        ArticleRow article = revisions.findBySlug("insulin-resistance").orElseThrow();
        RevisionSummary revision = revisions.revisionsOf(article.id()).get(0);
        audit.record("csvwriter", "revision.saved", article.id(), null, revision.id(), "=HYPERLINK(\"x\"), \"quoted\"");
        audit.recordAccount("csvwriter", "password.changed", "@csvwriter", "-1+2");
        audit.recordAccount("someone-else", "sign-in", "someone-else", null);
        Visitor admin = admin("auditcsv");

        HttpResponse<String> csv = admin.get("/admin/audit.csv?who=csvwriter");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("audit.csv");
        assertThat(csv.body())
                .isEqualTo("occurred_at_utc,actor,action,subject,link,from_revision,to_revision,account,detail\r\n"
                        + "2026-11-29T12:00:00Z,csvwriter,password.changed,,,,,'@csvwriter,'-1+2\r\n"
                        + "2026-11-29T12:00:00Z,csvwriter,revision.saved," + revision.title()
                        + ",/editor/articles/insulin-resistance,," + revision.number()
                        + ",,\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\"\r\n");
    }

    @Test
    void aLongLogIsReadAPageAtATimeAndFiltersByAction() {
        for (int i = 0; i < AuditController.PAGE_SIZE + 5; i++) {
            audit.recordAccount("pager", i % 2 == 0 ? "sign-in" : "password.changed", "pager", "#" + i);
        }
        Visitor admin = admin("auditpager");

        Document first = Http.html(admin.get("/admin/audit?who=pager"));
        Document second = Http.html(admin.get("/admin/audit?who=pager&page=2"));
        Document signIns = Http.html(admin.get("/admin/audit?who=pager&action=sign-in"));

        assertThat(first.select("table.audit-log tbody tr")).hasSize(AuditController.PAGE_SIZE);
        assertThat(second.select("table.audit-log tbody tr")).hasSize(5);
        assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/admin/audit?who=pager&page=2");
        assertThat(signIns.select("table.audit-log tbody tr")).hasSize((AuditController.PAGE_SIZE + 6) / 2);
        assertThat(signIns.select("table.audit-log tbody td:eq(2)").eachText()).containsOnly("sign-in");
        assertThat(signIns.selectFirst("select#action option[selected]").val()).isEqualTo("sign-in");
    }

    @Test
    void badFiltersAreAPlain400AndOnlyAdministratorsReadTheLog() {
        Visitor admin = admin("auditbad");
        HttpResponse<String> badDate = admin.get("/admin/audit?from=yesterday");
        HttpResponse<String> backwards = admin.get("/admin/audit?from=2026-03-02&to=2026-03-01");
        HttpResponse<String> noPage = admin.get("/admin/audit?page=999");

        assertThat(List.of(badDate.statusCode(), backwards.statusCode(), noPage.statusCode()))
                .containsOnly(400);
        assertThat(Http.html(badDate).text()).contains("year-month-day");

        people.create("auditeditor", Role.EDITOR);
        Visitor editor = http.visitor();
        editor.signIn("auditeditor", People.PASSWORD);
        assertThat(editor.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/audit.csv").statusCode()).isEqualTo(403);
        assertThat(http.get("/admin/audit.csv").statusCode())
                .as("a reader goes to sign in")
                .isEqualTo(302);
    }

    private Visitor admin(String name) {
        people.create(name, Role.ADMIN);
        Visitor admin = http.visitor();
        admin.signIn(name, People.PASSWORD);
        return admin;
    }
}
