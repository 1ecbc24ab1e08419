package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salus.web.ErrorAnswers.assertHtmlPage;
import static org.salus.web.ErrorAnswers.assertProblem;
import static org.salus.web.ErrorVisitor.ANY;
import static org.salus.web.ErrorVisitor.BROWSER;
import static org.salus.web.ErrorVisitor.JSON;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salus.account.Role;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Errors readers and editors cause, over real HTTP: the site's HTML page for browsers (and for
 * {@code *}{@code /*}), problem+json for JSON clients, the right status, nothing echoed.
 */
@SiteTest
class ErrorPagesTests {

    static final String QUESTION = "/topics/obesity/questions/describe-your-experience";

    @Autowired
    Http http;

    @Autowired
    People people;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /about/no-such-page              | 404 | Page not found
            /admin/no-such-page-for-anyone   | 302 |
            /quiz                            | 404 | Page not found
            /es/no-such-page                 | 404 | No encontramos la página
            /groups/no-such-group            | 404 | Page not found
            /topics/no-such-topic            | 404 | Page not found
            /error                           | 404 | Page not found
            /topics?letter=%zz               | 400 | We could not understand that request
            /search?q=%zz                    | 400 | We could not understand that request
            QUESTION?page=abc                | 400 | That page number is not right
            QUESTION?page=a&page=b           | 400 | That page number is not right
            QUESTION/stories/1/helpful       | 405 | That action is not available here
            """)
    void browsersGetTheSitesPageAndJsonClientsAProblem(String address, int status, String title) {
        String path = address.replace("QUESTION", QUESTION);
        ErrorVisitor visitor = new ErrorVisitor(http);
        if (status == 302) { // signed-out readers are sent to sign in, whatever they accept
            assertThat(visitor.get(path, BROWSER).headers().firstValue("Location"))
                    .get()
                    .asString()
                    .endsWith("/login");
            return;
        }
        for (String accept : new String[] {BROWSER, ANY, "text/html"}) {
            Document page = assertHtmlPage(visitor.rawGet(path, accept), status, path + " " + accept);
            assertThat(page.selectFirst("main h1").text()).as(path).isEqualTo(title);
            assertThat(page.title()).as(path).startsWith(title);
        }
        ErrorVisitor.Raw json = visitor.rawGet(path, JSON);
        assertProblem(json, status, path + " JSON");
        assertThat(json.body()).contains("\"title\":\"" + title + "\"");
    }

    @Test
    void aMethodThePageDoesNotTakeSaysWhichItDoes() {
        HttpResponse<String> response = new ErrorVisitor(http).get(QUESTION + "/stories/1/helpful", BROWSER);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void theTextSizeControlOnTheContainersErrorPageReturnsToTheAddressAskedFor() {
        Document page = Jsoup.parse(
                new ErrorVisitor(http).rawGet("/topics?letter=%zz", BROWSER).body());

        assertThat(page.selectFirst("form.text-size input[name=return]").val()).isEqualTo("/topics?letter=%zz");
    }

    @Test
    void comparingWithNoRevisionsChosenExplainsWhatToDo() {
        people.create("comparer", Role.WRITER);
        ErrorVisitor writer = new ErrorVisitor(http);
        writer.signIn("comparer", People.PASSWORD);

        Document page = assertHtmlPage(writer.get("/editor/articles/obesity/diff", BROWSER), 400, "compare");
        assertThat(page.selectFirst("main h1").text()).isEqualTo("Choose two revisions to compare");
        assertHtmlPage(writer.get("/editor/articles/obesity/diff?from=1", BROWSER), 400, "compare from only");

        Document forbidden = assertHtmlPage(writer.get("/admin/users", BROWSER), 403, "admin page");
        assertThat(forbidden.selectFirst("main h1").text()).isEqualTo("You do not have access to this page");
        assertProblem(writer.get("/admin/users", JSON), 403, "admin page as JSON");
    }

    @Test
    void theSiteHasAFaviconLinkedFromEveryPage() {
        HttpResponse<byte[]> ico = http.getBytes("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .isIn("image/x-icon", "image/vnd.microsoft.icon");
        assertThat(ico.body()).startsWith(new byte[] {0, 0, 1, 0}); // an ICO header
        HttpResponse<String> svg = http.get("/favicon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg");

        for (String path : new String[] {"/", "/topics/obesity", "/about"}) {
            Document page = Http.html(http.get(path));
            assertThat(page.select("link[rel=icon]").eachAttr("href"))
                    .as(path)
                    .contains("/favicon.svg", "/favicon.ico");
        }
    }
}
