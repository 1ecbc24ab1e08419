package org.salus.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salus.article.ArticleWriter;
import org.salus.article.StoredRevisions;
import org.salus.testsupport.Http;
import org.salus.testsupport.MutableClock;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Which quiz the home page features, over real HTTP with the three bundled sample quizzes and a
 * clock the tests move from day to day. Each nested class has a context of its own, since some
 * retire quizzes.
 */
class HomeFeaturedQuizTests {

    private static final String BLOOD_PRESSURE = "/quizzes/test-your-blood-pressure-iq";
    private static final String CHOLESTEROL = "/quizzes/test-your-cholesterol-iq";
    private static final String DIABETES = "/quizzes/test-your-diabetes-iq";

    /** {@code @SiteTest} with a clock the test moves instead of {@code FixedClock}. */
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @Import({MutableClock.Config.class, Http.class})
    abstract static class Site {

        @Autowired
        Http http;

        @Autowired
        MutableClock clock;

        @Autowired
        ArticleWriter writer;

        @Autowired
        StoredRevisions articles;

        @BeforeEach
        void today() {
            clock.reset();
        }

        /** The featured quiz's "Take the quiz" address on each of the next {@code days} days. */
        List<String> featuredOnEachDay(int days) {
            List<String> featured = new ArrayList<>();
            for (int day = 0; day < days; day++) {
                featured.add(takeTheQuiz(http.get("/")));
                clock.advance(Duration.ofDays(1));
            }
            return featured;
        }

        void retire(String slug) {
            articles.findBySlug(slug).ifPresent(quiz -> writer.retire(quiz, "Replaced"));
        }
    }

    static String takeTheQuiz(HttpResponse<String> home) {
        assertThat(home.statusCode()).isEqualTo(200);
        Element block = Http.html(home).selectFirst("section.quiz-feature");
        return block == null ? null : block.selectFirst("a.button").attr("href");
    }

    @Nested
    @TestPropertySource(properties = "salus.home.featured-quiz=test-your-blood-pressure-iq")
    class WhenAQuizIsConfigured extends Site {

        @Test
        void theSettingWinsOnEveryDay() {
            assertThat(featuredOnEachDay(4)).containsOnly(BLOOD_PRESSURE);
        }
    }

    @Nested
    @TestPropertySource(properties = "salus.home.featured-quiz=test-your-blood-pressure-iq")
    @OwnContext("home-configured-quiz-retired")
    class WhenTheConfiguredQuizIsNotPublished extends Site {

        @Test
        void theHomePageFallsBackToTheDailyRotation() {
            retire("test-your-blood-pressure-iq");

            // the other two quizzes, by slug, one a day: 29 November 2026 is day 20786 since 1970, an even one
            assertThat(featuredOnEachDay(4)).containsExactly(CHOLESTEROL, DIABETES, CHOLESTEROL, DIABETES);
        }
    }

    @Nested
    @OwnContext("home-quiz-rotation")
    class WhenNoQuizIsConfigured extends Site {

        @Test
        void aDifferentQuizIsFeaturedEachDayAndTheETagChangesWithIt() {
            // by slug, one a day: day 20786 (29 November 2026) mod 3 is 2, the third
            assertThat(featuredOnEachDay(3)).containsExactly(DIABETES, BLOOD_PRESSURE, CHOLESTEROL);

            clock.reset();
            String today = http.get("/").headers().firstValue("ETag").orElseThrow();
            assertThat(http.get("/", "If-None-Match", today).statusCode()).isEqualTo(304);
            clock.advance(Duration.ofDays(1));
            HttpResponse<String> tomorrow = http.get("/", "If-None-Match", today);
            assertThat(tomorrow.statusCode()).isEqualTo(200);
            assertThat(takeTheQuiz(tomorrow)).isEqualTo(BLOOD_PRESSURE);
        }
    }

    @Nested
    @OwnContext("home-no-quiz")
    class WhenNoQuizIsPublished extends Site {

        @Test
        void thereIsNoQuizBlock() {
            for (String slug :
                    List.of("test-your-blood-pressure-iq", "test-your-cholesterol-iq", "test-your-diabetes-iq")) {
                retire(slug);
            }

            HttpResponse<String> home = http.get("/");
            assertThat(takeTheQuiz(home)).isNull();
            assertThat(Http.html(home).select("a[href=/quizzes]")).isEmpty();
            assertThat(Http.html(home).select(".featured h3 a")).isNotEmpty(); // the rest of the page is there
        }
    }
}
