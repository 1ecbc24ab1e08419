package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.salus.testsupport.BrowserTest;

/** The reader's pages in a real headless Chromium: text size, navigation, zoom, accessibility. */
class TopicPageBrowserTests extends BrowserTest {

    @BeforeEach
    void freshReader() {
        browser.resize(1280, 1000);
        open("/");
        driver.manage().deleteAllCookies();
    }

    @Test
    void readerEnlargesTheTextAndKeepsItOnTheNextArticle() {
        open("/topics/insulin-resistance");
        double before = fontSizeOf("#overview p");

        driver.findElement(By.cssSelector("form.text-size button[value=large]")).click();
        waitForSize("large");

        // back on the same page, at the control the reader pressed rather than the top
        assertThat(driver.getCurrentUrl()).endsWith("/topics/insulin-resistance#text-size");
        assertThat(fontSizeOf("#overview p")).isGreaterThan(before * 1.1);
        assertThat(driver.findElement(By.cssSelector("button[value=large]")).getAccessibleName())
                .isEqualTo("Larger text (current size)");
        browser.screenshot("topic-page-large-text");

        WebElement related = driver.findElement(By.cssSelector("aside.related h3 a"));
        String target = related.getAttribute("href");
        related.click();
        await(10).until(d -> d.getCurrentUrl().equals(target));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        waitForSize("large");
        assertThat(fontSizeOf("section.section p")).isGreaterThan(before * 1.1);
        browser.screenshot("related-article");
    }

    @Test
    void aDictionaryDefinitionOpensByKeyboardAndByPointer() {
        open("/topics/insulin-resistance");
        WebElement tip = driver.findElement(By.cssSelector("#overview .term-tip"));
        assertThat(tip.isDisplayed()).isFalse();

        // Keyboard: Tab through the page until a dictionary link has the focus.
        for (int i = 0;
                i < 80
                        && !Boolean.TRUE.equals(
                                driver.executeScript("return document.activeElement.closest('.term') !== null"));
                i++) {
            new org.openqa.selenium.interactions.Actions(driver)
                    .sendKeys(org.openqa.selenium.Keys.TAB)
                    .perform();
        }
        WebElement focused = driver.switchTo().activeElement();
        String tipId = focused.getAttribute("aria-describedby");
        assertThat(driver.findElement(By.id(tipId)).isDisplayed()).isTrue();
        browser.screenshot("term-definition-keyboard");

        // Pointer: moving over another term shows its definition.
        focused.sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement other = driver.findElement(By.cssSelector("#symptoms .term > a"));
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(other)
                .perform();
        assertThat(driver.findElement(By.id(other.getAttribute("aria-describedby")))
                        .isDisplayed())
                .isTrue();

        // Click or tap: the first opens the definition in place, Escape hides it, the second click
        // follows the link to the term's page.
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(driver.findElement(By.tagName("h1")))
                .perform();
        String page = driver.getCurrentUrl();
        String href = other.getAttribute("href");
        WebElement otherTip = driver.findElement(By.id(other.getAttribute("aria-describedby")));
        other.click();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(driver.findElement(By.tagName("h1")))
                .perform();
        assertThat(driver.getCurrentUrl()).isEqualTo(page);
        assertThat(otherTip.isDisplayed()).isTrue();
        browser.screenshot("term-definition-tap");
        new org.openqa.selenium.interactions.Actions(driver)
                .sendKeys(org.openqa.selenium.Keys.ESCAPE)
                .perform();
        assertThat(otherTip.isDisplayed()).isFalse();
        other.click();
        other.click();
        await(10).until(d -> d.getCurrentUrl().equals(href));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.seriousAccessibilityViolations()).as("term page").isEmpty();
    }

    @Test
    void tableOfContentsJumpsToTheSection() {
        open("/topics/insulin-resistance");

        driver.findElement(By.cssSelector("nav.toc a[href='#symptoms']")).click();

        assertThat(driver.getCurrentUrl()).endsWith("#symptoms");
        Object top = driver.executeScript("return document.getElementById('symptoms').getBoundingClientRect().top");
        assertThat(((Number) top).doubleValue()).isBetween(-1.0, 100.0);
    }

    @Test
    void layoutReflowsAtTwoHundredPercentZoomWithoutSidewaysScrolling() {
        // A 1280 px window at 200% zoom lays out like a 640 px one.
        browser.resize(640, 900);
        for (String size : new String[] {"medium", "largest"}) {
            open("/preferences/text-size?size=" + size + "&return=/topics/insulin-resistance");
            waitForSize(size);

            Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
            Number viewport = (Number) driver.executeScript("return window.innerWidth");
            assertThat(scrollWidth.intValue()).as("text size %s", size).isLessThanOrEqualTo(viewport.intValue());
        }
        browser.screenshot("topic-page-narrow-largest");
    }

    @Test
    void homeIndexAndTopicPagesHaveNoSeriousAccessibilityViolations() {
        for (String path : new String[] {
            "/",
            "/topics",
            "/topics?letter=H",
            "/topics/insulin-resistance",
            "/dictionary",
            "/topics/acanthosis-nigricans",
            "/topics/cholesterol-faqs",
            "/topics/no-such-page"
        }) {
            open(path);
            assertThat(browser.seriousAccessibilityViolations()).as(path).isEmpty();
        }
        open("/");
        browser.screenshot("home");

        // The check itself must be able to fail: an image without a text alternative is critical.
        driver.executeScript("document.querySelector('main').appendChild(document.createElement('img'))");
        assertThat(browser.seriousAccessibilityViolations())
                .anySatisfy(v -> assertThat(v).startsWith("image-alt"));
    }

    private void open(String path) {
        driver.get(http.url(path));
    }

    /** Waits until /text-size.css marks {@code size} as the current one ("(current size)" shown). */
    private void waitForSize(String size) {
        await(10)
                .until(d -> !"none"
                        .equals(d.findElement(By.cssSelector("form.text-size button[value=" + size + "] .current-size"))
                                .getCssValue("display")));
    }

    private double fontSizeOf(String selector) {
        String size = driver.findElement(By.cssSelector(selector)).getCssValue("font-size");
        return Double.parseDouble(size.replace("px", ""));
    }
}
