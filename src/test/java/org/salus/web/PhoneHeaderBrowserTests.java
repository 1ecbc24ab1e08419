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
}
