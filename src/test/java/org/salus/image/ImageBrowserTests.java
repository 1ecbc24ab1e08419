package org.salus.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.salus.testsupport.BrowserTest;

/**
 * The illustrated sample articles in headless Chromium: the browser picks a rendition from the
 * srcset that fits a phone, the figure fits the screen, and axe-core finds nothing serious.
 */
class ImageBrowserTests extends BrowserTest {

    @Test
    void onAPhoneWithoutJavaScriptTheSpanishArticleShowsItsIllustrationFittingTheScreen() {
        browser.resize(390, 844);
        browser.scripts(false);
        try {
            driver.get(http.url("/topics/resistencia-insulina"));
            WebElement img = driver.findElement(By.cssSelector("#overview figure img"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", img);
            await(20).until(d -> loaded(img));

            String chosen = img.getAttribute("currentSrc");
            assertThat(chosen).as("a phone needs no 1200 px rendition").doesNotEndWith("-1200.png");
            long width = ((Number) ((JavascriptExecutor) driver)
                            .executeScript("return arguments[0].getBoundingClientRect().width", img))
                    .longValue();
            assertThat(width).isBetween(200L, 390L);
            assertThat(driver.findElement(By.cssSelector("#overview figcaption"))
                            .getText())
                    .contains("Salus, CC BY 4.0");
            browser.screenshot("image-article-es-phone-no-js");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        } finally {
            browser.scripts(true);
        }
    }

    @Test
    void theEnglishArticlesWithFiguresHaveNoSeriousAccessibilityProblems() {
        browser.resize(1280, 1000);
        for (String path : new String[] {"/topics/insulin-resistance", "/topics/acanthosis-nigricans"}) {
            driver.get(http.url(path));
            WebElement img = driver.findElement(By.cssSelector("figure img"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", img);
            await(20).until(d -> loaded(img));
            assertThat(browser.seriousAccessibilityViolations()).as(path).isEmpty();
        }
        browser.screenshot("image-article-en-desktop");
    }

    private boolean loaded(WebElement img) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img));
    }
}
