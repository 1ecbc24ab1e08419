package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.salus.testsupport.BrowserTest;

/**
 * A reader on a phone with JavaScript off finds the privacy notice from the footer of a topic
 * page, in English and in Spanish, and switches between the twins. axe-core finds no serious or
 * critical violation on the pages. Screenshots go to target/screenshots/governance-*.png.
 */
class GovernancePagesBrowserTests extends BrowserTest {

    @BeforeEach
    void phoneWithoutScripts() {
        browser.resize(390, 844);
        browser.scripts(false);
    }

    @AfterEach
    void scriptsBackOn() {
        browser.scripts(true);
        browser.resize(1280, 1000);
    }

    @Test
    void aReaderFindsThePrivacyNoticeFromTheFooterInBothLanguages() {
        driver.get(http.url("/topics/insulin-resistance"));
        follow(footerLink("About this site", "Privacy notice"), "/about/privacy");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Privacy notice");
        assertThat(driver.findElement(By.cssSelector("main blockquote")).getText())
                .startsWith("Template: adapt this text");
        assertNoSidewaysScrolling();
        assertThat(browser.seriousAccessibilityViolations())
                .as("English privacy notice")
                .isEmpty();
        browser.screenshot("governance-en-privacy-phone");
        scrollToFooter();
        browser.screenshot("governance-en-footer-phone");

        follow(driver.findElement(By.cssSelector("a.language-switch")), "/es/about/privacy");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Aviso de privacidad");
        assertThat(browser.seriousAccessibilityViolations())
                .as("Spanish privacy notice")
                .isEmpty();
        browser.screenshot("governance-es-privacy-phone");

        follow(footerLink("Sobre este sitio", "Quiénes somos"), "/es/about");
        assertThat(browser.seriousAccessibilityViolations())
                .as("Spanish About page")
                .isEmpty();
        scrollToFooter();
        browser.screenshot("governance-es-footer-phone");
    }

    @Test
    void everyGovernancePageHasNoSeriousAccessibilityViolation() {
        for (GovernancePages.Known known : GovernancePages.KNOWN) {
            for (String language : List.of("en", "es")) {
                driver.get(http.url(known.path(language)));
                assertThat(browser.seriousAccessibilityViolations())
                        .as(known.path(language))
                        .isEmpty();
            }
        }
    }

    /** The footer's link, found by the label of its navigation landmark as assistive technology names it. */
    private WebElement footerLink(String landmark, String text) {
        WebElement nav = driver.findElement(By.cssSelector("footer nav"));
        assertThat(nav.getAccessibleName()).isEqualTo(landmark);
        assertThat(nav.getAriaRole()).isEqualTo("navigation");
        return nav.findElement(By.linkText(text));
    }

    private void follow(WebElement link, String path) {
        link.click();
        await(10).until(d -> d.getCurrentUrl().endsWith(path));
    }

    private void scrollToFooter() {
        driver.executeScript("document.querySelector('footer').scrollIntoView()");
    }

    private void assertNoSidewaysScrolling() {
        Object wider = driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(wider).as("no sideways scrolling at phone width").isEqualTo(false);
    }
}
