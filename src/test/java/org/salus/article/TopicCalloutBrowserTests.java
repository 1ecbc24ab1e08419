package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.BrowserTest;

/** Urgent-care callouts in a real Chromium: axe finds nothing serious (contrast included), on a desktop and a phone. */
class TopicCalloutBrowserTests extends BrowserTest {

    @Test
    void calloutsPassAxeInBothLanguagesAndAtPhoneWidth() {
        for (int[] size : new int[][] {{1280, 1000}, {390, 844}}) {
            browser.resize(size[0], size[1]);
            for (String path : new String[] {
                "/topics/insulin-resistance", "/topics/acanthosis-nigricans", "/topics/estado-prediabetico"
            }) {
                driver.get(http.url(
                        path)); // a full load: the other test restyles this page, and a hash-only change would keep
                // that
                assertThat(driver.findElements(org.openqa.selenium.By.cssSelector(".callout")))
                        .as(path)
                        .isNotEmpty();
                assertThat(browser.seriousAccessibilityViolations())
                        .as(path + " at " + size[0])
                        .isEmpty();
            }
        }
        driver.get(http.url("/topics/estado-prediabetico"));
        driver.executeScript("document.getElementById('when-to-seek-care').scrollIntoView()");
        browser.screenshot("callouts-es-phone");
    }

    @Test
    void theCheckCanFailWhenACalloutLosesItsContrast() {
        browser.resize(1280, 1000);
        driver.get(http.url("/topics/insulin-resistance"));
        driver.executeScript("document.querySelector('.callout-emergency .callout-title').style.color = '#f5a0a0'");

        assertThat(browser.seriousAccessibilityViolations())
                .anySatisfy(v -> assertThat(v).startsWith("color-contrast"));
    }
}
