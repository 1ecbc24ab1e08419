package org.salus.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;

/** Open Graph and Twitter card tags, and the feed link, on topic, term and home pages. */
@FeedSite.Test
class OpenGraphTests {

    private static final String BASE = "https://health.example.org";

    @Autowired
    Http http;

    @Autowired
    FeedSite site;

    @Test
    void topicPagesDescribeThemselvesAsArticles() {
        Document page = Http.html(http.get("/topics/insulin-resistance"));

        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo("Insulin Resistance");
        assertThat(meta(page, "og:description"))
                .isEqualTo(page.selectFirst("meta[name=description]").attr("content"))
                .isNotBlank();
        assertThat(meta(page, "og:url"))
                .isEqualTo(BASE + "/topics/insulin-resistance")
                .isEqualTo(page.selectFirst("link[rel=canonical]").attr("href"));
        assertThat(meta(page, "og:site_name")).isEqualTo("Salus Health");
        assertThat(meta(page, "og:locale")).isEqualTo("en_US");
        assertThat(meta(page, "article:modified_time")).isEqualTo("2026-11-29T12:00:00Z");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo("Insulin Resistance");
        assertThat(page.selectFirst("link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo(BASE + "/feed.atom");
    }

    @Test
    void quotesAndMarkupInATitleAreEscapedNotInterpreted() {
        String title = "Open \"Graph\" <script>alert(1)</script> & <b>co</b>";
        site.write("open-graph-odd", title, "en", "clinical", "First publication.", true);

        HttpResponse<String> response = http.get("/topics/open-graph-odd");
        Document page = Http.html(response);

        assertThat(meta(page, "og:title")).isEqualTo(title);
        assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo(title);
        assertThat(page.select("meta[property^=og:]")).hasSize(11); // nothing broke out of an attribute
        assertThat(response.body())
                .contains("<meta property=\"og:title\" content=\"Open &#34;Graph&#34; &lt;script>")
                .doesNotContain("<script>alert(1)</script>");
    }

    /** Link previews show the site's card: an absolute PNG address, its size and a text alternative. */
    @Test
    void everyPageSharesTheSiteImage() throws Exception {
        for (String path : new String[] {"/", "/topics/insulin-resistance", "/dictionary/insulin"}) {
            Document page = Http.html(http.get(path));
            String image = meta(page, "og:image");
            assertThat(image)
                    .as(path)
                    .matches(java.util.regex.Pattern.quote(BASE) + "/img/social-card-[0-9a-f]{32}\\.png");
            assertThat(meta(page, "og:image:type")).isEqualTo("image/png");
            assertThat(meta(page, "og:image:alt")).isEqualTo("Salus Health: health information reviewed by clinicians");

            HttpResponse<byte[]> png = http.getBytes(image.substring(BASE.length()));
            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
            java.awt.image.BufferedImage card =
                    javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
            assertThat(card.getWidth())
                    .isEqualTo(Integer.parseInt(meta(page, "og:image:width")))
                    .isEqualTo(1200);
            assertThat(card.getHeight())
                    .isEqualTo(Integer.parseInt(meta(page, "og:image:height")))
                    .isEqualTo(630);
        }
    }

    @Test
    void termPagesCarryTheirLanguage() {
        Document english = Http.html(http.get("/dictionary/insulin"));
        Document spanish = Http.html(http.get("/dictionary/insulina"));

        assertThat(meta(english, "og:type")).isEqualTo("article");
        assertThat(meta(english, "og:url")).isEqualTo(BASE + "/dictionary/insulin");
        assertThat(meta(english, "og:locale")).isEqualTo("en_US");
        assertThat(meta(english, "og:description")).isNotBlank();
        assertThat(meta(spanish, "og:locale")).isEqualTo("es_US");
        assertThat(meta(spanish, "og:title"))
                .isEqualTo(spanish.selectFirst("h1").text());
    }

    @Test
    void homeIsAWebsite() {
        Document home = Http.html(http.get("/"));

        assertThat(meta(home, "og:type")).isEqualTo("website");
        assertThat(meta(home, "og:url")).isEqualTo(BASE + "/");
        assertThat(meta(home, "og:title")).isEqualTo("Health information you can trust");
        assertThat(home.selectFirst("link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo(BASE + "/feed.atom");
    }

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }
}
