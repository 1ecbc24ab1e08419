package org.salus.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /feed.atom} over real HTTP, read back with ROME, a real feed parser: what each entry
 * says, what never reaches it, language filter, conditional requests and bad input.
 */
@FeedSite.Test
class FeedControllerTests {

    private static final String BASE = "https://health.example.org";

    @Autowired
    Http http;

    @Autowired
    FeedSite site;

    @Autowired
    FeedRepository repository;

    @Test
    void isAnAtomFeedOfTheSampleArticlesWithAbsoluteLinksAndStableIds() throws Exception {
        HttpResponse<String> response = http.get("/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/atom+xml");
        SyndFeed feed = parse(response.body());
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).isEqualTo(BASE + "/feed.atom");
        assertThat(feed.getTitle()).isEqualTo("Salus Health: new and updated health articles");
        assertThat(feed.getPublishedDate()).isNotNull(); // ROME maps the feed's atom:updated here
        assertThat(feed.getEntries()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.getUri()).matches("tag:health\\.example\\.org,\\d{4}-\\d{2}-\\d{2}:revision/\\d+");
            assertThat(entry.getLink()).matches(BASE.replace(".", "\\.") + "/(topics|quizzes)/[a-z0-9-]+");
            assertThat(entry.getUpdatedDate()).isNotNull();
            assertThat(entry.getPublishedDate()).isNotNull();
        });
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).doesNotHaveDuplicates();

        SyndEntry insulin = entry(feed, "Insulin Resistance");
        assertThat(insulin.getLink()).isEqualTo(BASE + "/topics/insulin-resistance");
        String content = insulin.getContents().get(0).getValue();
        assertThat(content)
                .contains("First published ")
                .doesNotContain("First publication.")
                .contains("Medically reviewed by Dr. Lena Marsh, MD on September 30, 2026")
                .contains("(Endocrinology)");
        assertThat(insulin.getContributors()).extracting(p -> p.getName()).containsExactly("Dr. Lena Marsh, MD");
        assertThat(insulin.getCategories())
                .extracting(SyndCategory::getName)
                .contains("condition", "clinical", "reviewed");
        assertThat(http.get("/topics/insulin-resistance").statusCode()).isEqualTo(200);
    }

    @Test
    void aNewRevisionIsANewEntryWithItsClinicalNoteAndEditorialNotesStayPrivate() throws Exception {
        site.approveAndPublish(site.draft("feed-revisions", "Feed Revisions", "clinical", "First publication."));
        site.approveAndPublish(
                site.draft("feed-revisions", "Feed Revisions", "clinical", "Lowered the advised starting dose."));
        site.approveAndPublish(
                site.draft("feed-revisions", "Feed Revisions", "editorial", "INTERNAL fixed a typo for Bob"));

        List<SyndEntry> entries = entries(parse(http.get("/feed.atom").body()), "Feed Revisions");

        assertThat(entries).hasSize(3);
        assertThat(entries).extracting(SyndEntry::getUri).doesNotHaveDuplicates();
        // newest first: the editorial revision, then the clinical change, then the first publication
        assertThat(entries.get(0).getContents().get(0).getValue())
                .contains("Editorial update")
                .doesNotContain("INTERNAL")
                .doesNotContain("Bob");
        assertThat(entries.get(0).getCategories())
                .extracting(SyndCategory::getName)
                .contains("editorial");
        assertThat(entries.get(1).getContents().get(0).getValue())
                .contains("What changed:")
                .contains("Lowered the advised starting dose.");
        assertThat(entries.get(2).getContents().get(0).getValue()).contains(firstPublished(entries.get(2)));
        assertThat(entries.get(0).getUpdatedDate()).isAfter(entries.get(1).getUpdatedDate());
        assertThat(http.get("/feed.atom").body()).doesNotContain("INTERNAL");
    }

    /** Issue 13 C2: the feed says what the page's "What changed" says, never a note written between drafts. */
    @Test
    void aFirstPublicationSaysSoPlainlyWithoutTheNotesOfDraftsBeforeIt() throws Exception {
        site.draft("feed-first", "Feed First", "clinical", "DRAFTNOTE outline for Bob");
        site.approveAndPublish(
                site.draft("feed-first", "Feed First", "clinical", "Tightened the wording of the first draft"));

        String body = http.get("/feed.atom").body();
        SyndEntry entry = entry(parse(body), "Feed First");

        assertThat(entry.getContents().get(0).getValue())
                .contains(firstPublished(entry))
                .doesNotContain("What changed:");
        assertThat(body).doesNotContain("DRAFTNOTE").doesNotContain("Tightened the wording");
        assertThat(http.get("/topics/feed-first").body())
                .contains(firstPublished(entry).replace(".", ""))
                .doesNotContain("DRAFTNOTE")
                .doesNotContain("Tightened the wording");
    }

    /** Issue 13 C2: an import's note is internal; readers of the feed see what readers of the page see. */
    @Test
    void importNotesNeverReachTheFeed() throws Exception {
        String source = "MedlinePlus, National Library of Medicine";
        site.syndicate("feed-imported", "Feed Imported", source, "Imported from MedlinePlus topic 2175");
        site.syndicate("feed-imported", "Feed Imported", source, "Imported from MedlinePlus topic 2175");

        String body = http.get("/feed.atom").body();
        List<SyndEntry> entries = entries(parse(body), "Feed Imported");

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getContents().get(0).getValue())
                .contains("What changed:")
                .contains("Updated from the source.");
        assertThat(entries.get(1).getContents().get(0).getValue()).contains(firstPublished(entries.get(1)));
        assertThat(body).doesNotContain("topic 2175");
    }

    @Test
    void publishedQuizzesAreEntriesLinkingToTheirQuizPage() throws Exception {
        site.writeQuiz("feed-quiz", "Feed Quiz", true);
        site.writeQuiz("feed-quiz-draft", "Feed Quiz Draft", false);
        site.writeQuiz("feed-quiz-retired", "Feed Quiz Retired", true);
        site.retire("feed-quiz-retired");

        String body = http.get("/feed.atom").body();
        SyndFeed feed = parse(body);
        SyndEntry quiz = entry(feed, "Feed Quiz");

        assertThat(quiz.getLink()).isEqualTo(BASE + "/quizzes/feed-quiz");
        assertThat(quiz.getDescription().getValue())
                .isEqualTo("A plain summary of the feed-quiz quiz, written for the feed tests.");
        assertThat(quiz.getCategories()).extracting(SyndCategory::getName).contains("quiz", "reviewed");
        assertThat(quiz.getContributors()).extracting(p -> p.getName()).containsExactly("Dr. Ana Ruiz, MD");
        assertThat(http.get("/quizzes/feed-quiz").statusCode()).isEqualTo(200);
        // the bundled sample quizzes too (maybe past the 50 newest here), each at its quiz page
        assertThat(repository.recentPublications(Optional.empty(), 500))
                .filteredOn(e -> e.slug().equals("test-your-cholesterol-iq"))
                .singleElement()
                .extracting(FeedEntry::path)
                .isEqualTo("/quizzes/test-your-cholesterol-iq");
        assertThat(body)
                .doesNotContain("/topics/feed-quiz")
                .doesNotContain("/topics/test-your-")
                .doesNotContain("feed-quiz-draft")
                .doesNotContain("Feed Quiz Retired");
    }

    @Test
    void neverListsDraftsNobodyApprovedNorRetiredArticles() throws Exception {
        site.write("feed-draft-only", "Feed Draft Only", "en", "clinical", "Not reviewed yet.", false);
        site.write("feed-retired", "Feed Retired", "en", "clinical", "First publication.", true);
        assertThat(http.get("/feed.atom").body()).contains("Feed Retired");

        site.retire("feed-retired");

        String body = http.get("/feed.atom").body();
        assertThat(body)
                .doesNotContain("Feed Draft Only")
                .doesNotContain("feed-draft-only")
                .doesNotContain("Feed Retired")
                .doesNotContain("feed-retired");
    }

    @Test
    void syndicatedArticlesNameTheirSourceAndClaimNoReview() throws Exception {
        site.syndicate("feed-syndicated", "Feed Syndicated", "MedlinePlus, National Library of Medicine");

        SyndEntry entry = entry(parse(http.get("/feed.atom").body()), "Feed Syndicated");

        assertThat(entry.getAuthor()).isEqualTo("MedlinePlus, National Library of Medicine");
        assertThat(entry.getContents().get(0).getValue())
                .contains(
                        "From MedlinePlus, National Library of Medicine; not reviewed by Salus Health. Imported on November 20, 2026.")
                .doesNotContain("Medically reviewed");
        assertThat(entry.getContributors()).isEmpty();
        assertThat(entry.getCategories())
                .extracting(SyndCategory::getName)
                .contains("syndicated")
                .doesNotContain("reviewed");
    }

    @Test
    void titlesWithQuotesAndMarkupArriveAsTheSameText() throws Exception {
        String title = "Feed \"quoted\" <b>bold</b> & <script>alert(1)</script>";
        site.write("feed-odd-title", title, "en", "clinical", "Note with <i>markup</i> & \"quotes\".", true);

        String body = http.get("/feed.atom").body();
        SyndEntry entry = entry(parse(body), title);

        assertThat(entry.getTitle()).isEqualTo(title);
        assertThat(entry.getContents().get(0).getValue()).doesNotContain("<i>markup</i>");
        assertThat(body).doesNotContain("<script>").doesNotContain("<b>bold");
    }

    @Test
    void filtersByLanguage() throws Exception {
        site.write("feed-en-espanol", "Diabetes en español", "es", "clinical", "Primera publicación.", true);

        SyndFeed spanish = parse(http.get("/feed.atom?lang=es").body());
        SyndFeed english = parse(http.get("/feed.atom?lang=en").body());

        assertThat(spanish.getUri()).isEqualTo(BASE + "/feed.atom?lang=es");
        assertThat(spanish.getEntries())
                .extracting(SyndEntry::getTitle)
                .contains("Diabetes en español")
                .doesNotContain("Insulin Resistance");
        assertThat(spanish.getEntries())
                .flatExtracting(SyndEntry::getLinks)
                .extracting(l -> l.getHreflang())
                .containsOnly("es");
        assertThat(english.getEntries())
                .extracting(SyndEntry::getTitle)
                .doesNotContain("Diabetes en español")
                .contains("Insulin Resistance");
        assertThat(http.get("/feed.atom?lang=es").body()).contains("xml:lang=\"es\"");
    }

    @Test
    void revalidationsGetA304UntilSomethingIsPublished() {
        HttpResponse<String> first = http.get("/feed.atom");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(http.get("/feed.atom", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(http.get("/feed.atom", "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        assertThat(first.headers().firstValue("Cache-Control")).get().asString().contains("public");

        site.write("feed-newer", "Feed Newer", "en", "clinical", "First publication.", true);

        HttpResponse<String> after = http.get("/feed.atom", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Feed Newer");
    }

    @Test
    void keepsAtMostTheLimitNewestFirst() {
        site.write("feed-limit-a", "Feed Limit A", "en", "clinical", "First publication.", true);
        site.write("feed-limit-b", "Feed Limit B", "en", "clinical", "First publication.", true);

        List<FeedEntry> two = repository.recentPublications(Optional.empty(), 2);

        assertThat(two).extracting(FeedEntry::slug).containsExactly("feed-limit-b", "feed-limit-a");
        assertThat(repository.recentPublications(Optional.empty(), 50)).hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void badLanguageIsAShortPlainMessageThatDoesNotEchoTheInput() {
        for (String lang : List.of("fr", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "en&lang=es", "x".repeat(3000))) {
            HttpResponse<String> response = http.get("/feed.atom?lang=" + lang);

            assertThat(response.statusCode()).as(lang).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("text/plain");
            assertThat(response.body())
                    .contains("lang parameter must be en or es")
                    .doesNotContain("script")
                    .doesNotContain("xxxx")
                    .doesNotContain("Exception");
        }
    }

    /** "First published November 29, 2026." for the day the entry first went live. */
    private static String firstPublished(SyndEntry entry) {
        LocalDate day =
                entry.getPublishedDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return "First published "
                + DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(day) + ".";
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static SyndEntry entry(SyndFeed feed, String title) {
        List<SyndEntry> found = entries(feed, title);
        assertThat(found).as("entries titled " + title).hasSize(1);
        return found.get(0);
    }

    private static List<SyndEntry> entries(SyndFeed feed, String title) {
        return feed.getEntries().stream()
                .filter(e -> title.equals(e.getTitle()))
                .toList();
    }
}
