package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.salus.testsupport.BrowserTest;

/**
 * Readers with JavaScript off, in a real Chromium: one lands on the English home, switches to the
 * Spanish home, opens "diabetes tipo 2", switches to its English original and back; another lands
 * on the Spanish home and finds it through the Spanish A–Z. axe-core finds no violation of any
 * impact on the pages checked. Screenshots go to target/screenshots/language-*.png.
 */
class LanguageSwitchBrowserTests extends BrowserTest {

    @BeforeEach
    void noScripts() {
        browser.resize(1280, 1000);
        browser.scripts(false);
    }

    @AfterEach
    void scriptsBackOn() {
        browser.scripts(true);
    }

    @Test
    void aReaderSwitchesToSpanishReadsATopicAndSwitchesBackWithoutJavaScript() {
        driver.get(http.url("/"));
        switchLanguage("Español", "/es");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertNoAccessibilityViolations("Spanish home");
        browser.screenshot("language-es-home");
        browser.resize(375, 812);
        assertNoSidewaysScrolling();
        browser.resize(1280, 1000);

        driver.findElement(By.cssSelector(".featured a[href='/topics/diabetes-tipo-2']"))
                .click();
        await(10).until(d -> d.getCurrentUrl().endsWith("/topics/diabetes-tipo-2"));
        assertNoAccessibilityViolations("Spanish topic");
        browser.screenshot("language-es-topic");

        switchLanguage("English", "/topics/type-2-diabetes");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        switchLanguage("Español", "/topics/diabetes-tipo-2");
        driver.findElement(By.cssSelector("a.brand")).click();
        await(10).until(d -> d.getCurrentUrl().endsWith("/es"));
        switchLanguage("English", "/");
    }

    /**
     * The reader: lands on the Spanish home, finds "diabetes tipo 2" through the Spanish
     * A–Z and its letter D, switches to English and back, all without JavaScript; axe-core finds no
     * violation of any impact on any page on the way.
     */
    @Test
    void aSpanishReaderFindsDiabetesTipo2ThroughTheAToZAndSwitchesToEnglishAndBack() {
        driver.get(http.url("/es"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertNoAccessibilityViolations("/es");

        open("a[href='/es/topics']", "/es/topics");
        open("a[href='/es/topics?letter=D']", "/es/topics?letter=D");
        open("a[href='/topics/diabetes-tipo-2']", "/topics/diabetes-tipo-2");
        assertThat(driver.findElement(By.tagName("h1")).getText()).containsIgnoringCase("diabetes tipo 2");

        switchLanguage("English", "/topics/type-2-diabetes");
        assertNoAccessibilityViolations("/topics/type-2-diabetes");
        switchLanguage("Español", "/topics/diabetes-tipo-2");
        assertNoAccessibilityViolations("/topics/diabetes-tipo-2, back from English");
    }

    /** Clicks the first link matching {@code selector}, waits for {@code path}, and runs axe-core there. */
    private void open(String selector, String path) {
        driver.findElement(By.cssSelector(selector)).click();
        await(10).until(d -> d.getCurrentUrl().equals(http.url(path)));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                .as(path)
                .isEqualTo("es");
        assertNoAccessibilityViolations(path);
    }

    /** Clicks the header's language switch, which reads {@code label}, and waits for {@code path}. */
    private void switchLanguage(String label, String path) {
        driver.findElement(By.cssSelector("a.language-switch")).click();
        await(10).until(d -> d.getCurrentUrl().equals(http.url(path)));
        assertThat(driver.findElement(By.cssSelector("a.language-switch")).getText())
                .isNotEqualTo(label);
    }

    /** Every axe-core violation, whatever its impact ({@link org.salus.testsupport.Browser}). */
    private void assertNoAccessibilityViolations(String page) {
        assertThat(browser.accessibilityViolations()).as(page).isEmpty();
    }

    private void assertNoSidewaysScrolling() {
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) driver.executeScript("return window.innerWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
    }
}
