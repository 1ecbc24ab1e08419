package org.salus.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
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
}
