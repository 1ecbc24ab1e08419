package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.salus.testsupport.BrowserTest;

/**
 * The text-size control in a real Chromium with JavaScript off: the page's HTML is the same for
 * every reader, so the chosen size arrives as {@code /text-size.css}, which enlarges the text and
 * tells assistive technology which size is current (the button's accessible name). Screenshot:
 * target/screenshots/text-size-largest-no-js.png.
 */
class TextSizeBrowserTests extends BrowserTest {

    private static final String TOPIC = "/topics/insulin-resistance";
    private static final String CURRENT = "(current size)";

    @BeforeEach
    void freshReaderWithoutScripts() {
        browser.resize(1280, 1000);
        driver.get(http.url("/"));
        driver.manage().deleteAllCookies();
        scripts(false);
    }

    @AfterEach
    void scriptsBackOn() {
        scripts(true);
    }

    @Test
    void aReaderWithoutJavaScriptChoosesTheLargestTextAndIsToldItIsCurrent() {
        driver.get(http.url(TOPIC));
        // JavaScript is really off: search.js would have made the search box a combobox.
        assertThat(driver.findElement(By.id("site-q")).getAttribute("role")).isNull();
        double before = fontSizeOf("#overview p");
        assertThat(currentSizes()).containsExactly("medium");

        driver.findElement(By.cssSelector("form.text-size button[value=largest]"))
                .click();
        await(10)
                .until(d -> d.getCurrentUrl().endsWith(TOPIC + "#text-size")
                        && currentSizes().equals(List.of("largest")));

        assertThat(fontSizeOf("#overview p")).isGreaterThan(before * 1.3);
        assertThat(accessibleName("largest")).isEqualTo("Largest text " + CURRENT);
        assertThat(accessibleName("medium")).isEqualTo("Normal text");
        assertThat(driver.findElement(By.cssSelector("button[value=largest]")).getCssValue("background-color"))
                .isNotEqualTo(driver.findElement(By.cssSelector("button[value=medium]"))
                        .getCssValue("background-color"));
        assertThat(new AxeBuilder().analyze(driver).getViolations())
                .as("axe on the topic page in the largest size")
                .isEmpty();
        browser.screenshot("text-size-largest-no-js");

        // Another page, the same size: the choice is remembered, not written into the page.
        driver.findElement(By.cssSelector("a.brand")).click();
        await(10).until(d -> d.getCurrentUrl().equals(http.url("/")));
        assertThat(currentSizes()).containsExactly("largest");

        // And back to the normal size.
        driver.findElement(By.cssSelector("form.text-size button[value=medium]"))
                .click();
        await(10).until(d -> currentSizes().equals(List.of("medium")));
    }

    @Test
    void printedPagesLeaveTheControlOutAndKeepTheChosenSize() {
        driver.get(http.url("/preferences/text-size?size=large&return=" + TOPIC));
        await(10).until(d -> currentSizes().equals(List.of("large")));
        double onScreen = remInPixels();

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.cssSelector("form.text-size")).isDisplayed())
                    .isFalse();
            assertThat(driver.findElement(By.cssSelector("#overview p")).isDisplayed())
                    .isTrue();
            assertThat(remInPixels()).isEqualTo(onScreen); // headings in rem keep the reader's size
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private double remInPixels() {
        String size = driver.findElement(By.tagName("html")).getCssValue("font-size");
        return Double.parseDouble(size.replace("px", ""));
    }

    /** The sizes whose button says, to assistive technology, that it is the current one. */
    private List<String> currentSizes() {
        return driver.findElements(By.cssSelector("form.text-size button")).stream()
                .filter(button -> button.getAccessibleName().endsWith(CURRENT))
                .map(button -> button.getAttribute("value"))
                .toList();
    }

    private String accessibleName(String size) {
        WebElement button = driver.findElement(By.cssSelector("form.text-size button[value=" + size + "]"));
        return button.getAccessibleName();
    }

    private double fontSizeOf(String selector) {
        String size = driver.findElement(By.cssSelector(selector)).getCssValue("font-size");
        return Double.parseDouble(size.replace("px", ""));
    }

    private void scripts(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }
}
