package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.salus.testsupport.BrowserTest;

/**
 * A reader with JavaScript off lands on the English home, switches to the Spanish home, opens
 * "diabetes tipo 2", switches to its English original and back, in a real Chromium; axe-core finds
 * no violation of any impact on the Spanish home or the Spanish topic. Screenshots go to
 * target/screenshots/language-*.png.
 */
class LanguageSwitchBrowserTests extends BrowserTest {

    @BeforeEach
    void noScripts() {
        browser.resize(1280, 1000);
        scripts(false);
    }

    @AfterEach
    void scriptsBackOn() {
        scripts(true);
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

    /** Clicks the header's language switch, which reads {@code label}, and waits for {@code path}. */
    private void switchLanguage(String label, String path) {
        driver.findElement(By.cssSelector("a.language-switch")).click();
        await(10).until(d -> d.getCurrentUrl().equals(http.url(path)));
        assertThat(driver.findElement(By.cssSelector("a.language-switch")).getText())
                .isNotEqualTo(label);
    }

    private void scripts(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** Every axe-core violation, whatever its impact. */
    private void assertNoAccessibilityViolations(String page) {
        List<String> violations = new AxeBuilder()
                .analyze(driver).getViolations().stream()
                        .map(LanguageSwitchBrowserTests::describe)
                        .toList();
        assertThat(violations).as(page).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — " + rule.getNodes();
    }

    private void assertNoSidewaysScrolling() {
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) driver.executeScript("return window.innerWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
    }
}
