package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.salus.testsupport.BrowserTest;

/**
 * The site header on a phone (390 × 844, JavaScript off): the article title starts close to the
 * top. Screenshots: target/screenshots/phone-header-{en,es}.png.
 */
class PhoneHeaderBrowserTests extends BrowserTest {

    @BeforeEach
    void phoneWithoutScripts() {
        browser.resize(390, 844);
        driver.get(http.url("/"));
        driver.manage().deleteAllCookies();
        browser.scripts(false);
    }

    @AfterEach
    void scriptsBackOn() {
        browser.scripts(true);
        browser.resize(1280, 1000);
    }

    @ParameterizedTest
    @CsvSource({"en, /topics/insulin-resistance", "es, /topics/resistencia-insulina"})
    void theArticleTitleStartsNearTheTopOfAPhoneScreen(String language, String path) {
        driver.get(http.url(path));
        long headerHeight = (Long) driver.executeScript(
                "return Math.round(document.querySelector('.site-header').getBoundingClientRect().height)");
        long titleTop = (Long) driver.executeScript(
                "return Math.round(document.getElementById('topic-title').getBoundingClientRect().top)");
        browser.screenshot("phone-header-" + language);
        System.out.printf("phone header %s: header %d px, title top %d px%n", language, headerHeight, titleTop);
        assertThat(driver.findElement(By.id("topic-title")).isDisplayed()).isTrue();
        assertThat(titleTop).as("top of the article title at 390 px").isLessThanOrEqualTo(110);
    }

    /** The Menu disclosure open over the page passes axe, with JavaScript (native details) and without. */
    @ParameterizedTest
    @CsvSource({
        "en, /topics/insulin-resistance, true",
        "en, /topics/insulin-resistance, false",
        "es, /topics/resistencia-insulina, true",
        "es, /topics/resistencia-insulina, false"
    })
    void theOpenMenuOnAPhoneHasNoSeriousAccessibilityProblems(String language, String path, boolean scripts) {
        browser.scripts(scripts);
        driver.get(http.url(path));
        driver.findElement(By.cssSelector(".header-menu > summary")).click();

        assertThat(driver.findElement(By.cssSelector(".header-menu")).getAttribute("open"))
                .isNotNull();
        assertThat(driver.findElement(By.cssSelector(".header-menu-panel .menu-nav a"))
                        .isDisplayed())
                .isTrue();
        browser.screenshot("phone-menu-open-" + language + (scripts ? "" : "-no-js"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    /** At 1280 px the whole header is one row: the search box sits beside the name, not under it. */
    @ParameterizedTest
    @CsvSource({"en, /topics/insulin-resistance", "es, /topics/resistencia-insulina"})
    void onADesktopTheHeaderIsOneRow(String language, String path) {
        browser.resize(1280, 1000);
        browser.scripts(true);
        driver.get(http.url(path));
        long brandTop = (Long)
                driver.executeScript("return Math.round(document.querySelector('.brand').getBoundingClientRect().top)");
        long searchTop = (Long) driver.executeScript(
                "return Math.round(document.querySelector('.site-search').getBoundingClientRect().top)");
        long headerHeight = (Long) driver.executeScript(
                "return Math.round(document.querySelector('.site-header').getBoundingClientRect().height)");
        browser.screenshot("desktop-header-" + language);
        assertThat(searchTop - brandTop)
                .as("search box below the site's name at 1280 px (header %d px high)", headerHeight)
                .isLessThan(20);
    }
}
