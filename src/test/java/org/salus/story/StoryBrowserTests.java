package org.salus.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.salus.account.Role;
import org.salus.testsupport.BrowserTest;
import org.salus.testsupport.People;

/**
 * A reader shares a story under "Insulin Resistance — Diet", a moderator redacts and publishes
 * it, and it appears with personal data masked; axe-core checks the form, question and
 * moderation pages.
 */
class StoryBrowserTests extends BrowserTest {

    @BeforeAll
    void moderator() {
        people.create("molly", Role.MODERATOR);
    }

    @Test
    void aReadersStoryIsScreenedModeratedAndPublishedMasked() {
        driver.get(http.url("/topics/insulin-resistance"));
        driver.findElement(By.linkText("Insulin Resistance — Diet")).click();
        assertThat(browser.seriousAccessibilityViolations())
                .as("question page with form")
                .isEmpty();

        driver.findElement(By.id("f-displayName")).sendKeys("Grace");
        new Select(driver.findElement(By.id("f-relationship"))).selectByValue("patient");
        new Select(driver.findElement(By.id("f-ageRange"))).selectByValue("45-64");
        driver.findElement(By.id("f-story"))
                .sendKeys("Swapping juice for water and eating oats for breakfast "
                        + "brought my A1C down from 6.3 to 5.8 in a year. Email me at grace.h@example.com for tips. "
                        + "We walk along the canal at Hollow Creek every evening.");
        assertThat(driver.findElement(By.id("f-story-count")).getText()).endsWith("of 5000 characters");
        driver.findElement(By.name("agree")).click();
        driver.findElement(By.xpath("//button[text()='Send my story']")).click();
        await(10).until(d -> d.findElement(By.tagName("h1")).getText().equals("Thank you for sharing your story"));
        assertThat(browser.seriousAccessibilityViolations()).as("confirmation").isEmpty();

        driver.get(http.url("/login"));
        driver.findElement(By.id("username")).sendKeys("molly");
        driver.findElement(By.id("password")).sendKeys(People.PASSWORD);
        driver.findElement(By.xpath("//button[text()='Sign in']")).click();
        // a get() while the form post is still loading can be overtaken by its redirect
        await(10).until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(http.url("/moderation"));
        assertThat(browser.seriousAccessibilityViolations())
                .as("moderation queue")
                .isEmpty();
        driver.findElement(By.partialLinkText("Insulin Resistance — Diet")).click();
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Email address");
        assertThat(browser.seriousAccessibilityViolations())
                .as("moderation page")
                .isEmpty();
        WebElement text = driver.findElement(By.id("redacted"));
        String suggested = text.getAttribute("value");
        assertThat(suggested).contains("[email removed]").contains("Hollow Creek");
        text.clear();
        text.sendKeys(suggested.replace("Hollow Creek", "[removed]"));
        driver.findElement(By.xpath("//button[text()='Publish the edited text']"))
                .click();
        await(10).until(d -> d.getCurrentUrl().endsWith("/moderation"));
        driver.findElement(By.xpath("//button[text()='Sign out']")).click();
        await(10).until(d -> d.getCurrentUrl().contains("/login"));

        driver.get(http.url("/topics/insulin-resistance/questions/diet"));
        String story = driver.findElement(By.cssSelector(".story")).getText();
        assertThat(story)
                .contains("Grace")
                .contains("oats for breakfast")
                .contains("[email removed]")
                .contains("canal at [removed]")
                .doesNotContain("grace.h@example.com")
                .doesNotContain("Hollow Creek")
                .contains("Published November 29, 2026");
        assertThat(driver.findElement(By.cssSelector(".story-actions button")).getText())
                .as("the count is spaced from the label")
                .isEqualTo("Was this helpful? Yes (0)");
        browser.screenshot("published-story");
    }
}
