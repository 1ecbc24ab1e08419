package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample articles' "When should I see a doctor?" sections over HTTP: their urgent-care callouts survive storing and sanitising. */
@SiteTest
class TopicCalloutTests {

    @Autowired
    Http http;

    @Test
    void anEnglishArticleShowsItsEmergencyCalloutWithTheNumberAsATelLink() {
        Document page = page("/topics/insulin-resistance");

        Element callout = page.selectFirst("#when-to-seek-care div.callout.callout-emergency[role=note]");
        assertThat(callout).isNotNull();
        assertThat(callout.attr("aria-label")).isEqualTo("Call 911 now");
        assertThat(heading(callout)).isEqualTo("Call 911 now");
        assertThat(callout.selectFirst("h3.callout-title .callout-icon[aria-hidden=true]"))
                .isNotNull();
        assertThat(callout.selectFirst("h3.callout-title a[href=tel:911]").text())
                .isEqualTo("911");
        assertThat(callout.select("li")).isNotEmpty();
        assertThat(page.select("#when-to-seek-care blockquote")).isEmpty();
    }

    @Test
    void aSpanishArticleShowsSpanishHeadingsForEachKind() {
        Document page = page("/topics/estado-prediabetico");

        assertThat(heading(page.selectFirst(".callout-emergency"))).isEqualTo("Llame al 911 ahora");
        assertThat(heading(page.selectFirst(".callout-info"))).isEqualTo("Para tener en cuenta");
        assertThat(page.selectFirst(".callout-info p").text()).startsWith("La prediabetes no es una emergencia");
    }

    @Test
    void anUrgentCalloutSaysGetHelpToday() {
        Document page = page("/topics/acanthosis-nigricans");

        assertThat(page.selectFirst(".callout-urgent").attr("aria-label")).isEqualTo("Get help today");
        assertThat(page.selectFirst(".callout-urgent li").text()).contains("patches appear suddenly");
    }

    /** The heading's words, without the icon (hidden from screen readers). */
    private static String heading(Element callout) {
        Element title = callout.selectFirst("h3.callout-title").clone();
        title.select(".callout-icon").remove();
        return title.text();
    }

    private Document page(String path) {
        var response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Http.html(response);
    }
}
