package org.salus.infobutton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.Code;
import org.salus.article.ContentType;
import org.salus.article.MedicalReview;
import org.salus.article.RevisionDraft;
import org.salus.article.StoredRevisions;
import org.salus.article.Syndication;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HL7 Infobutton endpoint over real HTTP, as an EHR calls it: the issue's own request, the
 * real OpenInfobutton request URLs, roll-up, dotless codes, languages, each response format
 * (Atom checked against the knowledge-response schema), empty answers and malformed requests.
 */
@SiteTest
@OwnContext("infobutton") // these tests publish, retire and draft articles
class InfobuttonControllerTests {

    static final String ICD10 = "2.16.840.1.113883.6.90";
    static final String ICD9 = "2.16.840.1.113883.6.103";
    static final String SNOMED = "2.16.840.1.113883.6.96";
    static final String MESH = "2.16.840.1.113883.6.177";
    static final String BASE = "https://health.example.org";
    static final Path DATA = Path.of("../shared/data/infobutton");

    private static boolean seeded;

    @Autowired
    Http http;

    @Autowired
    ArticleWriter writer;

    @Autowired
    StoredRevisions articles;

    @Autowired
    Publisher publisher;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        // Spanish: the sample content's "Diabetes tipo 2" (coded E11) answers Spanish requests.
        publish(
                "hyperglycemia-in-type-2-diabetes-test",
                "en",
                "Hyperglycemia in Type 2 Diabetes",
                "When blood sugar runs high.",
                new Code("ICD-10-CM", "E11.65", "Type 2 diabetes with hyperglycemia"));
        publish(
                "bladder-infection-test",
                "en",
                "Bladder Infection",
                "Cystitis is an infection of the bladder.",
                new Code("ICD-9-CM", "595", "Cystitis"));
        // A draft nobody approved: never in any answer.
        ArticleRow draft = writer.findOrCreate("appendicitis-draft-test", "en", ContentType.CONDITION);
        writer.saveRevision(draft, draft("Appendicitis", "Draft.", new Code("ICD-10-CM", "K35", "Appendicitis")));
        seeded = true;
    }

    // ---- the "done when" and matching -------------------------------------------------

    @Test
    void anEhrRequestForE119InJsonReturnsTheType2DiabetesArticle() throws Exception {
        JsonNode feed = json("/infobutton?mainSearchCriteria.v.cs=" + ICD10
                + "&mainSearchCriteria.v.c=E11.9&knowledgeResponseType=application/json");

        JsonNode entry = feed.get("entry").get(0);
        assertThat(entry.get("title").get("_value").asString()).isEqualTo("Type 2 Diabetes");
        assertThat(entry.get("link").get(0).get("href").asString()).isEqualTo(BASE + "/topics/type-2-diabetes");
        assertThat(entry.get("summary").get("_value").asString()).startsWith("Type 2 diabetes is a long-lasting");
        assertThat(categories(entry))
                .contains("mainSearchCriteria.v.c=E11", "mainSearchCriteria.v.cs=" + ICD10, "relevanceScore=0.9");
        assertThat(feed.get("entry")).hasSize(1); // E11.65 is below E11.9's ancestor, not above it
        assertThat(categories(feed)).contains("mainSearchCriteria.v.c=E11.9", "mainSearchCriteria.v.cs=" + ICD10);
    }

    @Test
    void aSpecificCodeRollsUpToItsNearestCodedAncestorsExactMatchFirst() throws Exception {
        JsonNode feed = json("/infobutton?mainSearchCriteria.v.cs=" + ICD10
                + "&mainSearchCriteria.v.c=E11.65&knowledgeResponseType=application/json");

        assertThat(titles(feed)).containsExactly("Hyperglycemia in Type 2 Diabetes", "Type 2 Diabetes");
        assertThat(categories(feed.get("entry").get(0))).contains("mainSearchCriteria.v.c=E11.65", "relevanceScore=1");
        assertThat(categories(feed.get("entry").get(1))).contains("mainSearchCriteria.v.c=E11", "relevanceScore=0.8");
    }

    @Test
    void articlesReviewedHereRankAboveSyndicatedOnesAtTheSameLevel() throws Exception {
        publisher.syndicate(
                "androgen-excess-syndicated-test",
                draft(
                        "Androgen Excess and PCOS",
                        "PCOS, from an agency.",
                        new Code("ICD-10-CM", "E28.2", "Polycystic ovarian syndrome")),
                new Syndication("Test Agency", LocalDate.of(2026, 11, 1)));

        JsonNode feed = json("/infobutton?mainSearchCriteria.v.cs=" + ICD10
                + "&mainSearchCriteria.v.c=E28.2&knowledgeResponseType=application/json");

        // the syndicated article sorts first by title, but the sample article was reviewed on this site
        assertThat(titles(feed)).containsExactly("Polycystic Ovary Syndrome", "Androgen Excess and PCOS");
    }

    @Test
    void rollUpNeverGoesDownNorAcrossCategoriesByPrefix() throws Exception {
        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=" + ICD10
                        + "&mainSearchCriteria.v.c=E11&knowledgeResponseType=application/json")))
                .containsExactly("Type 2 Diabetes");
        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=" + ICD10
                        + "&mainSearchCriteria.v.c=E1&knowledgeResponseType=application/json")))
                .isEmpty();
        // Metabolic syndrome (E88.810 since FY2024) reaches the articles coded E88.81.
        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=" + ICD10
                        + "&mainSearchCriteria.v.c=E88.810&knowledgeResponseType=application/json")))
                .containsExactly("Insulin Resistance", "Metabolic Syndrome");
    }

    @Test
    void codesMatchWithOrWithoutTheDotAndInAnyCase() throws Exception {
        for (String code : List.of("E119", "e11.9", " E11.9 ", "E11")) {
            assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c="
                            + enc(code) + "&knowledgeResponseType=application/json")))
                    .as(code)
                    .containsExactly("Type 2 Diabetes");
        }
        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=" + ICD10
                        + "&mainSearchCriteria.v.c=R7303&knowledgeResponseType=application/json")))
                .containsExactly("Prediabetes");
    }

    @Test
    void otherCodeSystemsMatchByOidAndByTheNamesMedlinePlusEchoes() throws Exception {
        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=" + SNOMED
                        + "&mainSearchCriteria.v.c=44054006&knowledgeResponseType=application/json")))
                .containsExactly("Type 2 Diabetes");
        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=" + MESH
                        + "&mainSearchCriteria.v.c=D003924&knowledgeResponseType=application/json")))
                .containsExactly("Type 2 Diabetes");
        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=ICD10CM"
                        + "&mainSearchCriteria.v.c=I10&knowledgeResponseType=application/json")))
                .containsExactly("High Blood Pressure");
        // ICD-9-CM rolls up too: 595.9 finds the article coded with the category 595.
        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=" + ICD9
                        + "&mainSearchCriteria.v.c=5959&knowledgeResponseType=application/json")))
                .containsExactly("Bladder Infection");
    }

    @Test
    void numberedCriteriaAreAllSearchedAndMaxResultsLimitsTheAnswer() throws Exception {
        String four = "/infobutton?knowledgeResponseType=application/json"
                + "&mainSearchCriteria.v.c=I10&mainSearchCriteria.v.cs=" + ICD10
                + "&mainSearchCriteria.v.c1=E11&mainSearchCriteria.v.cs1=" + ICD10
                + "&mainSearchCriteria.v.c2=E66.9&mainSearchCriteria.v.cs2=" + ICD10
                + "&mainSearchCriteria.v.c3=R73.03&mainSearchCriteria.v.cs3=" + ICD10;

        assertThat(titles(json(four))).containsExactly("High Blood Pressure", "Type 2 Diabetes", "Obesity");
        assertThat(titles(json(four + "&maxResults=10")))
                .containsExactly("High Blood Pressure", "Type 2 Diabetes", "Obesity", "Prediabetes");
        assertThat(titles(json(four + "&maxResults=1"))).containsExactly("High Blood Pressure");
        assertThat(titles(json(four + "&maxResults=100000"))).hasSize(4); // capped, not refused
        assertThat(categories(json(four))).contains("mainSearchCriteria.v.c=R73.03");
    }

    @Test
    void theLanguageParameterPicksSpanishArticlesAndEnglishIsTheDefault() throws Exception {
        String e119 = "/infobutton?mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c=E11.9"
                + "&knowledgeResponseType=application/json";

        JsonNode spanish = json(e119 + "&informationRecipient.languageCode.c=es");
        assertThat(titles(spanish)).containsExactly("Diabetes tipo 2");
        assertThat(spanish.get("lang").asString()).isEqualTo("es");
        assertThat(spanish.get("entry")
                        .get(0)
                        .get("link")
                        .get(0)
                        .get("hreflang")
                        .asString())
                .isEqualTo("es");
        assertThat(categories(spanish)).contains("informationRecipient.languageCode.c=es");
        assertThat(titles(json(e119 + "&informationRecipient.languageCode.c=ES-mx")))
                .containsExactly("Diabetes tipo 2");
        assertThat(titles(json(e119 + "&informationRecipient.languageCode.c=en")))
                .containsExactly("Type 2 Diabetes");
        assertThat(titles(json(e119))).containsExactly("Type 2 Diabetes");
        assertThat(titles(json(e119 + "&informationRecipient.languageCode.c=fr")))
                .isEmpty();
    }

    @Test
    void aSpanishRequestGetsTheSpanishTranslationOfAnEnglishArticleCodedWithTheCode() throws Exception {
        // SNOMED CT 44054006 and MeSH D007333 are on the English originals only, not on their
        // Spanish translations: the translation group answers.
        JsonNode diabetes = json("/infobutton?mainSearchCriteria.v.cs=" + SNOMED + "&mainSearchCriteria.v.c=44054006"
                + "&informationRecipient.languageCode.c=es&knowledgeResponseType=application/json");
        assertThat(titles(diabetes)).containsExactly("Diabetes tipo 2");
        JsonNode link = diabetes.get("entry").get(0).get("link").get(0);
        assertThat(link.get("href").asString()).isEqualTo(BASE + "/topics/diabetes-tipo-2");
        assertThat(link.get("hreflang").asString()).isEqualTo("es");
        assertThat(categories(diabetes.get("entry").get(0))).contains("mainSearchCriteria.v.c=44054006");

        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=" + MESH + "&mainSearchCriteria.v.c=D007333"
                        + "&informationRecipient.languageCode.c=es&knowledgeResponseType=application/json")))
                .containsExactly("Resistencia a la insulina");
        // Coded on both sides of the group: one entry, not two.
        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c=E88.81"
                        + "&informationRecipient.languageCode.c=es&knowledgeResponseType=application/json")))
                .containsExactly("Resistencia a la insulina");
    }

    @Test
    void aSpanishRequestForACodeWhoseArticleHasNoSpanishTranslationGetsNoEntry() throws Exception {
        String obesity = "/infobutton?mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c=E66.9"
                + "&knowledgeResponseType=application/json";

        assertThat(titles(json(obesity))).containsExactly("Obesity");
        assertThat(titles(json(obesity + "&informationRecipient.languageCode.c=es")))
                .isEmpty(); // as MedlinePlus Connect: no English text handed out as the Spanish answer
    }

    @Test
    void onlyPublishedArticlesAreEverAnsweredAndTheCacheFollowsPublishing() throws Exception {
        String k35 = "/infobutton?mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c=K35.80"
                + "&knowledgeResponseType=application/json";
        assertThat(titles(json(k35))).isEmpty(); // the unapproved draft is coded K35

        String asthma = "/infobutton?mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c=J45.909"
                + "&knowledgeResponseType=application/json";
        assertThat(titles(json(asthma))).isEmpty();
        ArticleRow row = publish(
                "asthma-test", "en", "Asthma", "Asthma affects your airways.", new Code("ICD-10-CM", "J45", "Asthma"));
        assertThat(titles(json(asthma))).containsExactly("Asthma");
        writer.retire(articles.findBySlug(row.slug()).orElseThrow(), "test");
        assertThat(titles(json(asthma))).isEmpty();
    }

    // ---- formats ---------------------------------------------------------------------------------

    @Test
    void atomIsTheDefaultAndIsValidAgainstTheKnowledgeResponseSchema() throws Exception {
        HttpResponse<String> response = ok("/infobutton?mainSearchCriteria.v.cs=" + ICD10
                + "&mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.dn="
                + enc("Type 2 diabetes <without> \"complications\"")
                + "&informationRecipient=PAT&taskContext.c.c=PROBLISTREV");

        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
        Document atom = parse(response.body());
        Element feed = atom.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeedWriter.ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en");
        List<String> feedCategories = new ArrayList<>();
        for (Element category : children(feed, "category")) {
            feedCategories.add(category.getAttribute("scheme") + "=" + category.getAttribute("term"));
        }
        assertThat(feedCategories)
                .containsExactly(
                        "mainSearchCriteria.v.c=E11.9",
                        "mainSearchCriteria.v.cs=" + ICD10,
                        "mainSearchCriteria.v.dn=Type 2 diabetes <without> \"complications\"",
                        "informationRecipient=PAT");
        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(1);
        Element entry = entries.get(0);
        assertThat(text(entry, "title")).isEqualTo("Type 2 Diabetes");
        assertThat(children(entry, "link").get(0).getAttribute("href")).isEqualTo(BASE + "/topics/type-2-diabetes");
        assertThat(children(entry, "link").get(0).getAttribute("hreflang")).isEqualTo("en");
        assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(children(entry, "category"))
                .extracting(c -> c.getAttribute("scheme") + "=" + c.getAttribute("term"))
                .contains("mainSearchCriteria.v.c=E11");

        validateAgainstKnowledgeResponseSchema(atom);
    }

    @Test
    void jsonFollowsTheMedlinePlusValueConventionAndEscapesMarkup() throws Exception {
        HttpResponse<String> response = ok("/infobutton?mainSearchCriteria.v.cs=" + ICD10
                + "&mainSearchCriteria.v.c=E11.9&knowledgeResponseType=application/json"
                + "&mainSearchCriteria.v.dn=" + enc("<script>alert(1)</script>"));

        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.body()).doesNotContain("<script>").containsIgnoringCase("\\u003cscript\\u003e");
        JsonNode feed = JsonMapper.shared().readTree(response.body()).get("feed");
        assertThat(feed.get("title").get("_value").asString()).isEqualTo("Salus Health");
        assertThat(feed.get("subtitle").get("_value").asString()).isEqualTo("Salus Health results for ICD-10-CM E11.9");
        assertThat(feed.get("author").get("name").get("_value").asString()).isEqualTo("Salus Health");
        assertThat(feed.get("updated").get("_value").asString()).endsWith("Z");
        assertThat(feed.get("id").get("_value").asString()).startsWith("urn:uuid:");
        assertThat(feed.get("category").isArray()).isTrue();
        assertThat(categories(feed)).contains("mainSearchCriteria.v.dn=<script>alert(1)</script>");
        assertThat(feed.get("entry").get(0).get("link").isArray()).isTrue();
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void jsonpWrapsTheSameJsonInTheValidatedCallback() throws Exception {
        HttpResponse<String> response = ok(
                "/infobutton?mainSearchCriteria.v.cs=" + ICD10
                        + "&mainSearchCriteria.v.c=E11.9&knowledgeResponseType=application/javascript&callback=jQuery_123.done");

        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/javascript");
        String body = response.body();
        assertThat(body).startsWith("/**/jQuery_123.done(").endsWith(");");
        JsonNode feed = JsonMapper.shared()
                .readTree(body.substring("/**/jQuery_123.done(".length(), body.length() - 2))
                .get("feed");
        assertThat(titles(feed)).containsExactly("Type 2 Diabetes");
    }

    @Test
    void noMatchIsAnEmptyFeedInEveryFormatNeverA404() throws Exception {
        String none = "/infobutton?mainSearchCriteria.v.cs=" + SNOMED + "&mainSearchCriteria.v.c=invalid";
        JsonNode feed = json(none + "&knowledgeResponseType=application/json");
        assertThat(feed.get("entry").isArray()).isTrue();
        assertThat(feed.get("entry")).isEmpty();
        Document atom = parse(ok(none).body());
        assertThat(children(atom.getDocumentElement(), "entry")).isEmpty();
        validateAgainstKnowledgeResponseSchema(atom);
        // A well-formed OID of a code system no article is coded in: a valid request with no content.
        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.69"
                        + "&mainSearchCriteria.v.c=0002-1433&knowledgeResponseType=application/json")))
                .isEmpty();
    }

    @Test
    void anEhrMayPostTheRequestAsAFormWithoutSessionOrCsrfToken() throws Exception {
        String form = "mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c=E11.9"
                + "&knowledgeResponseType=application%2Fjson&informationRecipient.languageCode.c=en";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.url("/infobutton")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(titles(JsonMapper.shared().readTree(response.body()).get("feed")))
                .containsExactly("Type 2 Diabetes");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theAtomFeedLinksToItselfAsSentAndAPostToTheGetThatAnswersAlike() throws Exception {
        String query = "mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.dn="
                + enc("Type 2 diabetes & more");
        Element got = self(parse(ok("/infobutton?" + query).body()));
        assertThat(got.getAttribute("href")).isEqualTo(BASE + "/infobutton?" + query);
        assertThat(got.getAttribute("type")).isEqualTo("application/atom+xml");

        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(http.url("/infobutton")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query))
                .build());
        assertThat(posted.statusCode()).isEqualTo(200);
        Document feed = parse(posted.body());
        assertThat(self(feed).getAttribute("href")).isEqualTo(BASE + "/infobutton?" + query);
        validateAgainstKnowledgeResponseSchema(feed);
    }

    private static Element self(Document atom) {
        return children(atom.getDocumentElement(), "link").stream()
                .filter(link -> link.getAttribute("rel").equals("self"))
                .findFirst()
                .orElseThrow();
    }

    // ---- the real request URLs -------------------------------------------------------------------

    @Test
    void replaysTheRealOpenInfobuttonRequestUrls() throws Exception {
        Path file = DATA.resolve("hl7-infobutton-url-requests.from-openinfobutton.txt");
        assumeTrue(Files.isReadable(file), "no " + file);
        List<String> urls = Files.readAllLines(file).stream()
                .filter(l -> l.startsWith("http"))
                .toList();
        assertThat(urls).isNotEmpty();
        for (String url : urls) {
            String query = reencode(url.substring(url.indexOf('?') + 1));
            for (String type : List.of("", "&knowledgeResponseType=application/json")) {
                HttpResponse<String> response = http.get("/infobutton?" + query + type);
                assertThat(response.statusCode()).as(url).isEqualTo(200);
                if (type.isEmpty()) {
                    Document atom = parse(response.body());
                    validateAgainstKnowledgeResponseSchema(atom);
                    List<Element> entries = children(atom.getDocumentElement(), "entry");
                    assertThat(entries).as(url).hasSize(1);
                    assertThat(text(entries.get(0), "title")).isEqualTo("Bladder Infection");
                } else {
                    JsonNode feed =
                            JsonMapper.shared().readTree(response.body()).get("feed");
                    assertThat(categories(feed))
                            .contains(
                                    "mainSearchCriteria.v.c=595.9",
                                    "mainSearchCriteria.v.cs=" + ICD9,
                                    "mainSearchCriteria.v.dn=Cystitis");
                    assertThat(categories(feed))
                            .noneMatch(c -> c.startsWith("taskContext") || c.startsWith("subTopic"));
                    assertThat(titles(feed)).containsExactly("Bladder Infection");
                }
            }
        }
    }

    // ---- malformed requests ----------------------------------------------------------------------

    @Test
    void malformedRequestsAre400WithAPlainMessageNamingTheParameterNeverTheValue() {
        String e119 = "mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c=E11.9";
        String evil = enc("<script>evil()</script>");
        assertBadRequest("/infobutton", "mainSearchCriteria.v.c");
        assertBadRequest("/infobutton?taskContext.c.c=PROBLISTREV", "mainSearchCriteria.v.c");
        assertBadRequest("/infobutton?mainSearchCriteria.v.cs=" + ICD10, "mainSearchCriteria.v.c");
        assertBadRequest("/infobutton?mainSearchCriteria.v.c=E11.9", "mainSearchCriteria.v.cs");
        assertBadRequest(
                "/infobutton?mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.cs=" + evil, "mainSearchCriteria.v.cs");
        assertBadRequest(
                "/infobutton?mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c=" + evil,
                "mainSearchCriteria.v.c");
        assertBadRequest("/infobutton?" + e119 + "&mainSearchCriteria.v.c1=I10", "mainSearchCriteria.v.cs1");
        assertBadRequest("/infobutton?" + e119 + "&mainSearchCriteria.v.c=I10", "mainSearchCriteria.v.c");
        assertBadRequest(
                "/infobutton?" + e119 + "&mainSearchCriteria.v.dn=" + "x".repeat(600), "mainSearchCriteria.v.dn");
        assertBadRequest("/infobutton?" + e119 + "&someContext=" + "x".repeat(600), "someContext".toLowerCase());
        assertBadRequest("/infobutton?" + e119 + "&knowledgeResponseType=" + evil, "knowledgeResponseType");
        assertBadRequest("/infobutton?" + e119 + "&knowledgeResponseType=application/javascript", "callback");
        assertBadRequest(
                "/infobutton?" + e119 + "&knowledgeResponseType=application/javascript&callback="
                        + enc("alert(document.cookie)//"),
                "callback");
        assertBadRequest(
                "/infobutton?" + e119 + "&knowledgeResponseType=application/javascript&callback=" + "a".repeat(200),
                "callback");
        assertBadRequest(
                "/infobutton?" + e119 + "&informationRecipient.languageCode.c=" + evil,
                "informationRecipient.languageCode.c");
        assertBadRequest("/infobutton?" + e119 + "&maxResults=" + evil, "maxResults");
        assertBadRequest("/infobutton?" + e119 + "&maxResults=0", "maxResults");
        assertBadRequest(
                "/infobutton?" + e119 + "&mainSearchCriteria.v.dn=" + enc("a\u0000b"), "mainSearchCriteria.v.dn");
    }

    @Test
    void contextParametersAreNeverRequiredAndUnknownOnesAreIgnored() throws Exception {
        assertThat(titles(json("/infobutton?mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c=E11.9"
                        + "&knowledgeResponseType=application/json&taskContext.c.c=PROBLISTREV&performer=PROV"
                        + "&patientPerson.administrativeGenderCode.c=F&age.v.v=45&age.v.u=a&holder.assignedEntity.n=x"
                        + "&whatever=1&whatever=2")))
                .containsExactly("Type 2 Diabetes");
        // The deprecated mainSearchCriteria.c.* names and odd capitalisation are still understood.
        assertThat(titles(json("/infobutton?MainSearchCriteria.c.cs=" + ICD10 + "&mainsearchcriteria.C.c=E11.9"
                        + "&KnowledgeResponseType=APPLICATION/JSON")))
                .containsExactly("Type 2 Diabetes");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void assertBadRequest(String path, String parameter) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .as(path)
                .startsWith("text/plain");
        assertThat(response.body())
                .as(path)
                .contains(parameter)
                .doesNotContain("<script")
                .doesNotContain("evil")
                .doesNotContain("alert")
                .doesNotContain("xxxxxxxxxx")
                .hasSizeLessThan(400);
    }

    private ArticleRow publish(String slug, String language, String title, String summary, Code code) {
        ArticleRow row = writer.findOrCreate(slug, language, ContentType.CONDITION);
        long revision = writer.saveRevision(row, draft(title, summary, code)).orElseThrow();
        writer.approveAndPublish(
                row,
                revision,
                new MedicalReview(
                        "Dr. Test Reviewer", "MD", null, LocalDate.of(2026, 10, 1), LocalDate.of(2029, 10, 1)));
        return row;
    }

    private static RevisionDraft draft(String title, String summary, Code code) {
        return Drafts.draft(title).summary(summary).code(code).overview(summary).build();
    }

    private HttpResponse<String> ok(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return response;
    }

    private JsonNode json(String path) {
        return JsonMapper.shared().readTree(ok(path).body()).get("feed");
    }

    private static List<String> titles(JsonNode feed) {
        List<String> titles = new ArrayList<>();
        feed.get("entry").forEach(e -> titles.add(e.get("title").get("_value").asString()));
        return titles;
    }

    private static List<String> categories(JsonNode node) {
        List<String> categories = new ArrayList<>();
        node.get("category")
                .forEach(c -> categories.add(
                        c.get("scheme").asString() + "=" + c.get("term").asString()));
        return categories;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The fixture lines are HTML-unescaped, not URL-encoded ("Symptoms and Signs"): encode each value. */
    private static String reencode(String query) {
        List<String> pairs = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            pairs.add(enc(pair.substring(0, eq)) + "=" + enc(pair.substring(eq + 1)));
        }
        return String.join("&", pairs);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e
                    && AtomFeedWriter.ATOM.equals(e.getNamespaceURI())
                    && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    /**
     * Validates a response against OpenInfobutton's KnowledgeResponse.xsd (from the shared data,
     * when present). That schema has no target namespace (OpenInfobutton strips the Atom one), so
     * a copy of the document without the Atom namespace is validated; the schema's import of
     * xml.xsd is answered locally, since tests make no network calls.
     */
    static void validateAgainstKnowledgeResponseSchema(Document atom) throws Exception {
        Path xsd = DATA.resolve("KnowledgeResponse.xsd");
        assumeTrue(Files.isReadable(xsd), "no " + xsd);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        DOMImplementationLS ls =
                (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            LSInput input = ls.createLSInput();
            input.setSystemId(systemId);
            input.setCharacterStream(new StringReader(XML_XSD));
            return input;
        });
        Schema schema = factory.newSchema(xsd.toFile());
        Document copy = (Document) atom.cloneNode(true);
        withoutAtomNamespace(copy, copy.getDocumentElement());
        schema.newValidator().validate(new DOMSource(copy));
    }

    private static void withoutAtomNamespace(Document document, Node node) {
        if (node instanceof Element element) {
            if (element.hasAttribute("xmlns")) {
                element.removeAttribute("xmlns");
            }
            Node renamed = AtomFeedWriter.ATOM.equals(element.getNamespaceURI())
                    ? document.renameNode(element, null, element.getLocalName())
                    : element;
            NodeList children = renamed.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                withoutAtomNamespace(document, children.item(i));
            }
        }
    }

    private static final String XML_XSD = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
              <xs:attribute name="lang" type="xs:language"/>
              <xs:attribute name="base" type="xs:anyURI"/>
            </xs:schema>""";
}
