package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The topic page over real HTTP: every block of the seed page, and its HTTP behaviour. */
@SiteTest
class TopicControllerTests {

    @Autowired
    Http http;

    @Test
    void showsTitleAlsoCalledAndTableOfContentsLinkingEverySection() {
        Document page = Http.html(ok("/topics/insulin-resistance"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Insulin Resistance");
        assertThat(page.selectFirst(".also-called").text())
                .startsWith("Also called:")
                .contains("Insulin insensitivity");
        List<String> tocTargets = page.select("nav.toc a").eachAttr("href");
        List<String> sectionIds = page.select("article section.section").eachAttr("id");
        assertThat(sectionIds)
                .containsExactly(
                        "overview", "causes", "symptoms", "diagnosis", "treatment", "prevention", "when-to-seek-care");
        assertThat(tocTargets)
                .containsExactlyElementsOf(
                        sectionIds.stream().map(id -> "#" + id).toList());
        assertThat(page.selectFirst("#symptoms").text()).containsIgnoringCase("acanthosis nigricans");
        assertThat(page.select("#overview p")).isNotEmpty();
    }

    @Test
    void showsWhoReviewedItWhenAndWhenItIsDueAgain() {
        Document page = Http.html(ok("/topics/insulin-resistance"));

        assertThat(page.selectFirst(".review-line").text())
                .contains("Medically reviewed by Dr. Lena Marsh, MD on September 30, 2026")
                .contains("(Endocrinology)")
                .contains("Next review due September 30, 2029");
        assertThat(page.select(".notice-review")).isEmpty();
    }

    @Test
    void saysCalmlyWhenTheReviewIsOverdue() {
        Document page = Http.html(ok("/topics/acanthosis-nigricans"));

        assertThat(page.selectFirst(".notice-review").text())
                .contains("was due for its regular medical review on May 10, 2026");
        assertThat(page.selectFirst(".notice-review").attr("role")).isEqualTo("note");
    }

    @Test
    void listsClinicalChangesWithTheirDates() {
        Document page = Http.html(ok("/topics/insulin-resistance"));

        assertThat(page.selectFirst(".changes h2").text()).isEqualTo("What changed");
        assertThat(page.select(".changes li").eachText()).containsExactly("First published November 29, 2026");
    }

    @Test
    void citesEverySourceOnASourceLine() {
        Document page = Http.html(ok("/topics/insulin-resistance"));

        List<Element> sources = page.select("li.source");
        assertThat(sources).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sources).allSatisfy(li -> assertThat(li.text()).startsWith("SOURCE:"));
        assertThat(page.select("li.source").text())
                .contains("National Institute of Diabetes and Digestive and Kidney Diseases");
        assertThat(page.select("li.source a").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).startsWith("https://"));
    }

    @Test
    void listsMustReadRelatedArticlesWithShortTeasersAndLearnMoreLinks() {
        Document page = Http.html(ok("/topics/insulin-resistance"));

        Element related = page.selectFirst("aside.related");
        assertThat(related.selectFirst("h2").text()).isEqualTo("Must read articles related to Insulin Resistance");
        assertThat(related.select("h3 a").eachAttr("href"))
                .contains("/topics/high-cholesterol-in-children", "/topics/cholesterol-faqs");
        for (Element teaser : related.select("li.teaser")) {
            String text = teaser.selectFirst("p").ownText();
            assertThat(text.length()).isLessThanOrEqualTo(TopicView.TEASER_LENGTH);
            assertThat(teaser.selectFirst("a.learn-more").attr("href"))
                    .isEqualTo(teaser.selectFirst("h3 a").attr("href"));
        }
        assertThat(related.select("li.teaser p").eachText())
                .anySatisfy(t -> assertThat(t).contains("…"));
    }

    @Test
    void describesItselfForSearchEnginesAndPrinters() {
        Document page = Http.html(ok("/topics/insulin-resistance"));

        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://health.example.org/topics/insulin-resistance");
        assertThat(page.selectFirst("meta[name=description]").attr("content"))
                .isNotBlank()
                .hasSizeLessThanOrEqualTo(160);
        String print = page.selectFirst("link[media=print]").attr("href");
        assertThat(print).matches("/css/print-[0-9a-f]{32}\\.css"); // fingerprinted, cached a year
        assertThat(http.get(print).statusCode()).isEqualTo(200);

        JsonNode jsonLd = JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.get("@type").asString()).isEqualTo("MedicalWebPage");
        assertThat(jsonLd.get("name").asString()).isEqualTo("Insulin Resistance");
        assertThat(jsonLd.get("lastReviewed").asString()).isEqualTo("2026-09-30");
        assertThat(jsonLd.get("reviewedBy").get("name").asString()).isEqualTo("Dr. Lena Marsh");
        assertThat(jsonLd.get("about").get("@type").asString()).isEqualTo("MedicalCondition");
        assertThat(jsonLd.get("about").get("code").toString()).contains("\"codeValue\":\"E88.81\"");
    }

    @Test
    void unknownTopicIsARealNotFoundPage() {
        HttpResponse<String> response = http.get("/topics/no-such-topic");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.html(response).selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void overlongAndOddSlugsAreNotFoundNeverAServerError() {
        assertThat(http.get("/topics/" + "a".repeat(5000)).statusCode()).isEqualTo(404);
        assertThat(http.get("/topics/insulin_resistance").statusCode()).isEqualTo(404);
        assertThat(http.get("/topics/%E2%9C%93").statusCode()).isEqualTo(404);
        assertThat(http.get("/topics/insulin-resistance%2F..%2F..").statusCode())
                .isBetween(400, 404);
        assertThat(http.get("/topics/%00").statusCode()).isBetween(400, 404);
    }

    @Test
    void renamedArticleRedirectsPermanentlyFromItsOldSlug() {
        HttpResponse<String> response = http.get("/topics/high-cholesterol-and-children");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/topics/high-cholesterol-in-children");
    }

    @Test
    void capitalisedSlugRedirectsToTheLowercaseOne() {
        HttpResponse<String> response = http.get("/topics/Insulin-Resistance");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/topics/insulin-resistance");
    }

    @Test
    void revalidationWithTheETagOrDateIsAnsweredNotModified() {
        HttpResponse<String> first = ok("/topics/insulin-resistance");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byEtag = http.get("/topics/insulin-resistance", "If-None-Match", etag);
        HttpResponse<String> byDate = http.get("/topics/insulin-resistance", "If-Modified-Since", lastModified);

        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(byDate.statusCode()).isEqualTo(304);
    }

    @Test
    void theTextSizeIsNotPartOfThePageSoEveryReaderSharesOneVersion() {
        String etag =
                ok("/topics/insulin-resistance").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> larger =
                http.get("/topics/insulin-resistance", "If-None-Match", etag, "Cookie", "salus_text_size=large");

        assertThat(larger.statusCode()).isEqualTo(304); // the size is /text-size.css's business
    }

    @Test
    void publicPagesMayBeCachedByEveryoneAlike() {
        HttpResponse<String> response = ok("/topics/insulin-resistance");

        assertThat(response.headers().firstValue("Cache-Control"))
                .get()
                .asString()
                .contains("public")
                .contains("max-age=300");
        // one copy in a shared cache or CDN for every reader, whatever their text-size cookie
        assertThat(response.headers().allValues("Vary"))
                .noneSatisfy(v -> assertThat(v).containsIgnoringCase("cookie"));
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("script-src 'self'");
    }

    @Test
    void pagesAreUtf8WithAnExactLength() {
        HttpResponse<byte[]> response = http.getBytes("/topics/insulin-resistance");

        assertThat(response.headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Health topics A–Z");
    }

    @Test
    void pagesAreCompressedForClientsThatAcceptIt() {
        HttpResponse<String> response = http.get("/topics/insulin-resistance", "Accept-Encoding", "gzip");

        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void writingToAReaderPageIsRefusedNotAnError() {
        HttpResponse<String> response = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/topics/insulin-resistance")))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x=1"))
                        .build());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> ok(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response;
    }
}
