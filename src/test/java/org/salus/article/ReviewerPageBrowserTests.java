package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.salus.account.Role;
import org.salus.testsupport.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reader goes from a Spanish article's review line to the Spanish reviewer profile with a photo,
 * and switches to the English one, on a phone, with JavaScript off and on. axe-core finds no serious
 * or critical violation. Screenshots go to target/screenshots/reviewer-*.png.
 */
class ReviewerPageBrowserTests extends BrowserTest {

    @Autowired
    ReviewerProfileRepository profiles;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void aReviewerWithAPhoto() {
        people.create("browserphoto", Role.REVIEWER);
        long image = jdbc.sql("SELECT id FROM image WHERE slug = 'insulin-resistance-diagram'")
                .query(Long.class)
                .single();
        profiles.savePhoto(profiles.findBySlug("dr-browserphoto").orElseThrow().id(), image);
        profiles.savePhoto(profiles.findBySlug("dra-elena-ortiz").orElseThrow().id(), image);
    }

    @AfterAll
    void sampleReviewerAsBefore() {
        profiles.savePhoto(profiles.findBySlug("dra-elena-ortiz").orElseThrow().id(), null);
    }

    @AfterEach
    void back() {
        browser.scripts(true);
        browser.resize(1280, 1000);
    }

    @Test
    void fromASpanishArticleToTheSpanishProfileWithItsPhotoAndOverToEnglish() {
        browser.resize(390, 844);
        browser.scripts(false);
        driver.get(http.url("/topics/diabetes-tipo-2"));

        follow(driver.findElement(By.cssSelector(".review-line a.reviewer")), "/es/reviewers/dra-elena-ortiz");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertPhotoLoaded();
        assertThat(browser.seriousAccessibilityViolations())
                .as("Spanish profile")
                .isEmpty();
        browser.screenshot("reviewer-es-photo-phone-noscript");

        follow(driver.findElement(By.cssSelector("a.language-switch")), "/reviewers/dra-elena-ortiz");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertPhotoLoaded();
        assertThat(browser.seriousAccessibilityViolations())
                .as("English profile")
                .isEmpty();
        browser.screenshot("reviewer-en-photo-phone-noscript");
    }

    @Test
    void bothLanguagesWithScriptsOnAtDesktopWidthWithAndWithoutAPhoto() {
        for (String path :
                new String[] {"/reviewers/dr-browserphoto", "/es/reviewers/dr-browserphoto", "/reviewers/dr-lena-marsh"
                }) {
            driver.get(http.url(path));
            assertThat(browser.seriousAccessibilityViolations()).as(path).isEmpty();
            browser.screenshot("reviewer" + path.replace('/', '-'));
        }
    }

    private void assertPhotoLoaded() {
        WebElement photo = driver.findElement(By.cssSelector("img.reviewer-photo"));
        assertThat(photo.getAttribute("alt")).isNotBlank();
        Object loaded = driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", photo);
        assertThat(loaded).isEqualTo(true);
        assertThat(photo.getRect().getWidth())
                .as("a small picture beside the name")
                .isLessThan(140);
    }

    private void follow(WebElement link, String path) {
        link.click();
        await(10).until(d -> d.getCurrentUrl().endsWith(path));
    }
}
