package org.salus.browse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.salus.testsupport.BrowserTest;

/** The browse pages in a real headless Chromium on a phone, JavaScript off: readable and accessible (axe-core). */
class BrowseBrowserTests extends BrowserTest {

    @BeforeEach
    void phoneWithoutScripts() {
        browser.resize(390, 844);
        browser.scripts(false);
    }

    @AfterEach
    void scriptsBack() {
        browser.scripts(true);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/groups",
                "/es/groups",
                "/groups/endocrine-system",
                "/es/groups/sistema-endocrino",
                "/changes",
                "/es/changes",
                "/topics?letter=H",
                "/es/dictionary"
            })
    void browsePagesHaveNoSeriousAccessibilityProblems(String path) {
        open(path);

        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("browse" + path.replaceAll("[^a-z]+", "-"));
    }

    private void open(String path) {
        driver.get(http.url(path));
    }
}
