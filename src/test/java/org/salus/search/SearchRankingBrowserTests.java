package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.salus.article.Syndication;
import org.salus.testsupport.BrowserTest;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.Publisher;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The results page's ranking parts in a real browser with page scripts off: the dictionary's
 * terms in their block beside the articles on a wide screen and after them on a narrow one, a
 * folded duplicate saying who else published it, and no serious axe-core fault. Its own context:
 * the duplicates published here would change other tests' counts.
 */
@OwnContext("search-ranking-browser")
class SearchRankingBrowserTests extends BrowserTest {

    @Autowired
    Publisher publisher;

    @Autowired
    SearchIndex index;

    @BeforeAll
    void theSameTextFromTwoAgencies() {
        for (String agency : List.of("First agency", "Second agency")) {
            publisher.syndicate(
                    "heart-murmur-" + agency.toLowerCase().replace(' ', '-'),
                    Drafts.draft("Heart Murmur")
                            .summary("An extra sound the heart makes.")
                            .build(),
                    new Syndication(agency, LocalDate.of(2026, 11, 1)));
        }
        index.awaitQuiet(Duration.ofSeconds(10));
        browser.scripts(false);
    }

    @Test
    void theDictionaryTermsSitBesideTheArticlesOnAWideScreenAndAfterThemOnANarrowOne() {
        browser.resize(1400, 1000);
        driver.get(http.url("/search?q=high+blood+pressure"));
        WebElement list = driver.findElement(By.cssSelector("ol.search-results"));
        WebElement terms = driver.findElement(By.cssSelector(".dictionary-terms"));
        assertThat(terms.findElement(By.tagName("h2")).getText()).isEqualTo("From the dictionary");
        assertThat(terms.findElements(By.cssSelector("h3 a")).stream().map(a -> a.getAttribute("href")))
                .anyMatch(href -> href.endsWith("/dictionary/hypertension"));
        assertThat(list.findElements(By.cssSelector("h2 a")).stream().map(a -> a.getAttribute("href")))
                .noneMatch(href -> href.contains("/dictionary/"));
        assertThat(terms.getLocation().getX())
                .as("beside the list")
                .isGreaterThan(list.getLocation().getX() + 300);
        assertThat(terms.getLocation().getY())
                .as("at the top of the list")
                .isLessThan(list.getLocation().getY() + 100);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.resize(400, 900);
        driver.navigate().refresh();
        list = driver.findElement(By.cssSelector("ol.search-results"));
        terms = driver.findElement(By.cssSelector(".dictionary-terms"));
        assertThat(terms.getLocation().getY())
                .as("after the list")
                .isGreaterThan(list.getLocation().getY());
        browser.resize(1400, 1000);
    }

    @Test
    void aDuplicateIsOneResultThatNamesTheOtherPublisher() {
        driver.get(http.url("/search?q=heart+murmur"));
        List<WebElement> murmurs = driver.findElements(By.cssSelector("ol.search-results > li")).stream()
                .filter(li -> li.findElement(By.cssSelector("h2 a")).getText().equals("Heart Murmur"))
                .toList();
        assertThat(murmurs).hasSize(1);
        String meta = murmurs.get(0).findElement(By.cssSelector(".result-meta")).getText();
        String alsoFrom =
                murmurs.get(0).findElement(By.cssSelector(".also-from")).getText();
        assertThat(meta + " / " + alsoFrom)
                .isIn(
                        "Condition · From First agency / Also published by Second agency",
                        "Condition · From Second agency / Also published by First agency");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
