package org.salus.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.article.ContentType;
import org.salus.article.IndexEntry;
import org.salus.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code /sitemap.xml} and its files over real HTTP, parsed as XML and checked against the
 * sitemaps.org protocol: namespace, absolute {@code loc}, W3C Datetime {@code lastmod}, at most
 * the configured addresses per file (4 on this test site), only published content.
 */
@FeedSite.Test
class SitemapControllerTests {

    private static final String BASE = "https://health.example.org";
    private static final String W3C_DATETIME =
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    @Autowired
    Http http;

    @Autowired
    FeedSite site;

    @Autowired
    ArticleReader reader;

    @Autowired
    JdbcClient jdbc;

    /** Every address in every file of the index, with its lastmod. */
    private Map<String, String> everyUrl() throws Exception {
        Document index = xml(http.get("/sitemap.xml"));
        Element root = index.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SitemapWriter.SITEMAP);
        assertThat(root.getLocalName()).isEqualTo("sitemapindex");
        Map<String, String> urls = new LinkedHashMap<>();
        for (Element sitemap : children(root, "sitemap")) {
            String file = text(sitemap, "loc");
            assertThat(file).startsWith(BASE + "/sitemaps/");
            assertThat(text(sitemap, "lastmod")).matches(W3C_DATETIME);
            Document urlset = xml(http.get(file.substring(BASE.length())));
            assertThat(urlset.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapWriter.SITEMAP);
            assertThat(urlset.getDocumentElement().getLocalName()).isEqualTo("urlset");
            List<Element> entries = children(urlset.getDocumentElement(), "url");
            assertThat(entries).isNotEmpty().hasSizeLessThanOrEqualTo(4);
            for (Element url : entries) {
                String loc = text(url, "loc");
                assertThat(loc).startsWith(BASE + "/").hasSizeLessThan(2048);
                String lastmod = text(url, "lastmod");
                assertThat(lastmod).matches(W3C_DATETIME);
                OffsetDateTime.parse(lastmod);
                assertThat(urls.put(loc, lastmod)).as("listed twice: " + loc).isNull();
            }
        }
        return urls;
    }

    @Test
    void listsHomeAToZAndEveryPublishedArticleAndTermAcrossFilesOfAtMostTheConfiguredSize() throws Exception {
        Map<String, String> urls = everyUrl();

        assertThat(urls).containsKeys(BASE + "/", BASE + "/topics", BASE + "/quizzes", BASE + "/dictionary");
        List<String> topics = reader.topicIndex().stream()
                .map(IndexEntry::slug)
                .distinct()
                .map(s -> BASE + "/topics/" + s)
                .toList();
        assertThat(topics).hasSizeGreaterThan(4); // more than one file
        assertThat(urls.keySet()).containsAll(topics);
        assertThat(urls.keySet().stream().filter(u -> u.startsWith(BASE + "/topics/")))
                .hasSameSizeAs(topics);
        List<String> terms = jdbc.sql("SELECT slug FROM term WHERE retired_at IS NULL")
                .query(String.class)
                .list();
        assertThat(urls.keySet().stream().filter(u -> u.startsWith(BASE + "/dictionary/")))
                .containsExactlyInAnyOrderElementsOf(
                        terms.stream().map(s -> BASE + "/dictionary/" + s).toList());
        assertThat(urls.get(BASE + "/topics/insulin-resistance")).isEqualTo("2026-11-29T12:00:00Z");
        assertThat(http.get("/topics/insulin-resistance").statusCode()).isEqualTo(200);
        List<String> quizzes = reader.index().stream()
                .filter(entry -> entry.contentType() == ContentType.QUIZ)
                .map(IndexEntry::slug)
                .distinct()
                .map(s -> BASE + "/quizzes/" + s)
                .toList();
        assertThat(quizzes).contains(BASE + "/quizzes/test-your-cholesterol-iq"); // a bundled sample
        assertThat(urls.keySet().stream().filter(u -> u.startsWith(BASE + "/quizzes/")))
                .containsExactlyInAnyOrderElementsOf(quizzes);
    }

    @Test
    void quizzesHaveSitemapFilesOfTheirOwnWithTheirQuizAddresses() throws Exception {
        site.writeQuiz("sitemap-quiz", "Sitemap Quiz", true);
        site.writeQuiz("sitemap-quiz-draft", "Sitemap Quiz Draft", false);
        site.writeQuiz("sitemap-quiz-retired", "Sitemap Quiz Retired", true);
        site.retire("sitemap-quiz-retired");

        Map<String, String> urls = everyUrl();

        assertThat(urls).containsKey(BASE + "/quizzes/sitemap-quiz");
        assertThat(OffsetDateTime.parse(urls.get(BASE + "/quizzes/sitemap-quiz")))
                .isAfter(OffsetDateTime.parse("2026-11-29T12:00:00Z"));
        assertThat(http.get("/quizzes/sitemap-quiz").statusCode()).isEqualTo(200);
        assertThat(urls.keySet())
                .noneMatch(u -> u.contains("sitemap-quiz-draft") || u.contains("sitemap-quiz-retired"))
                .noneMatch(
                        u -> u.startsWith(BASE + "/topics/sitemap-quiz") || u.startsWith(BASE + "/topics/test-your-"));
        List<String> files = files();
        assertThat(files).contains(BASE + "/sitemaps/quizzes-1.xml");
        for (String file : files) { // each kind in its own files: topic files stay within their size
            String body = http.get(file.substring(BASE.length())).body();
            if (file.contains("/topics-")) {
                assertThat(body).doesNotContain(BASE + "/quizzes/");
            } else if (file.contains("/quizzes-")) {
                assertThat(body).contains(BASE + "/quizzes/").doesNotContain(BASE + "/topics/");
            }
        }
    }

    @Test
    void leavesOutDraftsAndRetiredArticles() throws Exception {
        site.write("sitemap-draft", "Sitemap Draft", "en", "clinical", "Not reviewed yet.", false);
        site.write("sitemap-retired", "Sitemap Retired", "en", "clinical", "First publication.", true);
        site.write("sitemap-published", "Sitemap Published", "en", "clinical", "First publication.", true);
        site.retire("sitemap-retired");

        Map<String, String> urls = everyUrl();

        assertThat(urls).containsKey(BASE + "/topics/sitemap-published");
        assertThat(urls.keySet()).noneMatch(u -> u.contains("sitemap-draft") || u.contains("sitemap-retired"));
        assertThat(OffsetDateTime.parse(urls.get(BASE + "/topics/sitemap-published")))
                .isAfter(OffsetDateTime.parse("2026-11-29T12:00:00Z"));
    }

    @Test
    void translationsAreHreflangAlternatesOfEachOther() throws Exception {
        site.write("sitemap-diabetes", "Sitemap Diabetes", "en", "clinical", "First publication.", true);
        site.write("sitemap-diabetes-es", "Sitemap Diabetes (es)", "es", "clinical", "Primera publicación.", true);
        site.linkTranslations("sitemap-diabetes", "sitemap-diabetes-es");

        Map<String, List<String>> alternates = alternates();

        List<String> pair =
                List.of("en " + BASE + "/topics/sitemap-diabetes", "es " + BASE + "/topics/sitemap-diabetes-es");
        assertThat(alternates.get(BASE + "/topics/sitemap-diabetes")).containsExactlyElementsOf(pair);
        assertThat(alternates.get(BASE + "/topics/sitemap-diabetes-es")).containsExactlyInAnyOrderElementsOf(pair);
        // the sample dictionary's Spanish terms translate English ones
        assertThat(alternates.get(BASE + "/dictionary/insulina"))
                .contains("es " + BASE + "/dictionary/insulina")
                .anySatisfy(a -> assertThat(a).startsWith("en " + BASE + "/dictionary/"));
        // the bundled Spanish articles name their English originals (translation_of:)
        assertThat(alternates.get(BASE + "/topics/insulin-resistance"))
                .containsExactly(
                        "en " + BASE + "/topics/insulin-resistance", "es " + BASE + "/topics/resistencia-insulina");
        assertThat(alternates.get(BASE + "/topics/obesity")).isEmpty();
    }

    @Test
    void unknownSitemapFilesAreNotFound() {
        for (String path : List.of(
                "/sitemaps/topics-999.xml",
                "/sitemaps/pages-1.xml",
                "/sitemaps/topics.xml",
                "/sitemaps/topics-0.xml",
                "/sitemaps/topics-1",
                "/sitemaps/quizzes.xml",
                "/sitemaps/quizzes-999.xml",
                "/sitemaps/dictionary-99999999999.xml",
                "/sitemaps/" + "a".repeat(3000))) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Exception");
        }
    }

    @Test
    void revalidationsGetA304() {
        HttpResponse<String> first = http.get("/sitemaps/topics-1.xml");

        assertThat(first.headers().firstValue("Content-Type")).get().asString().startsWith("application/xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/sitemaps/topics-1.xml", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(http.get("/sitemap.xml", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    /** The addresses of the files the index lists. */
    private List<String> files() throws Exception {
        List<String> files = new ArrayList<>();
        for (Element sitemap : children(xml(http.get("/sitemap.xml")).getDocumentElement(), "sitemap")) {
            files.add(text(sitemap, "loc"));
        }
        return files;
    }

    /** Every address of every file with its hreflang alternates as "language address". */
    private Map<String, List<String>> alternates() throws Exception {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Element sitemap : children(xml(http.get("/sitemap.xml")).getDocumentElement(), "sitemap")) {
            Element urlset =
                    xml(http.get(text(sitemap, "loc").substring(BASE.length()))).getDocumentElement();
            for (Element url : children(urlset, "url")) {
                List<String> links = new ArrayList<>();
                NodeList found = url.getElementsByTagNameNS(SitemapWriter.XHTML, "link");
                for (int i = 0; i < found.getLength(); i++) {
                    Element link = (Element) found.item(i);
                    assertThat(link.getAttribute("rel")).isEqualTo("alternate");
                    links.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
                }
                result.put(text(url, "loc"), links);
            }
        }
        return result;
    }

    private static Document xml(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(SitemapWriter.SITEMAP, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(SitemapWriter.SITEMAP, name);
        assertThat(nodes.getLength()).as(name + " in " + parent.getLocalName()).isEqualTo(1);
        return nodes.item(0).getTextContent();
    }
}
