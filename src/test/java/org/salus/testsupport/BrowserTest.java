package org.salus.testsupport;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the browser tests: the site on its random port and one headless Chromium per test
 * class (skipped without Chromium, failed in CI). Subclasses' own {@code @BeforeAll} methods run
 * after the browser has started.
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    @Autowired
    protected Http http;

    @Autowired
    protected People people;

    protected Browser browser;
    protected ChromeDriver driver;

    @BeforeAll
    void startBrowser() throws Exception {
        Browser.requireChromium();
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * A wait for the page after a click: a form post and its redirect may still be loading, so an
     * element found on the old page can go stale or be missing for a moment. Both are retried
     * until the condition holds or the time runs out.
     */
    protected WebDriverWait await(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(NoSuchElementException.class);
        return wait;
    }
}
