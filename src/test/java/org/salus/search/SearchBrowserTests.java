package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.salus.testsupport.BrowserTest;

/**
 * The search box in a real browser: suggestions as an accessible combobox chosen by keyboard,
 * the plain form submitted without choosing one, and pages axe-core finds no serious fault in.
 */
class SearchBrowserTests extends BrowserTest {

    @Test
    void aSuggestionIsChosenWithTheKeyboard() {
        driver.get(http.url("/"));
        WebElement box = driver.findElement(By.id("site-q"));
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");

        box.sendKeys("hyperte");
        await(10)
                .until(d -> !d.findElements(By.cssSelector("#site-q-list [role=option]"))
                                .isEmpty()
                        && d.findElement(By.id("site-q-list")).isDisplayed());
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        List<String> labels = driver.findElements(By.cssSelector("#site-q-list [role=option]")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(labels).anyMatch(label -> label.startsWith("High Blood Pressure"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getAttribute("textContent"))
                .contains("suggestion");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ARROW_DOWN);
        WebElement chosen = driver.findElement(By.id(box.getAttribute("aria-activedescendant")));
        assertThat(chosen.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(chosen.getAttribute("id")).isEqualTo("site-q-option-1");
        box.sendKeys(Keys.ARROW_UP);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("site-q-option-0");
        String first = labels.get(0);

        box.sendKeys(Keys.ENTER);
        await(10)
                .until(d -> d.getCurrentUrl().contains("/topics/")
                        || d.getCurrentUrl().contains("/dictionary/"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .startsWithIgnoringCase(first.replaceAll(" \\(.*\\)$", ""));
    }

    @Test
    void escapeClosesTheListAndEnterSearchesTheWordsAsTyped() {
        driver.get(http.url("/topics/obesity"));
        WebElement box = driver.findElement(By.id("site-q"));
        box.sendKeys("insulin");
        await(10).until(d -> d.findElement(By.id("site-q-list")).isDisplayed());
        box.sendKeys(Keys.ESCAPE);
        assertThat(driver.findElement(By.id("site-q-list")).isDisplayed()).isFalse();
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");

        box.clear();
        box.sendKeys("dark patches on neck");
        box.sendKeys(Keys.ENTER);
        await(10).until(d -> d.getCurrentUrl().contains("/search?q=dark+patches+on+neck"));
        WebElement first = await(10).until(d -> d.findElement(By.cssSelector("ol.search-results h2 a")));
        assertThat(first.getAttribute("href")).endsWith("/topics/acanthosis-nigricans");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theResultsAndNoResultsPagesAreAccessible() {
        driver.get(http.url("/search?q=insulin&type=article"));
        assertThat(driver.findElements(By.cssSelector("ol.search-results > li")))
                .isNotEmpty();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        driver.get(http.url("/search?q=xylophone"));
        assertThat(driver.findElement(By.cssSelector(".no-results h2")).getText())
                .contains("xylophone");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
