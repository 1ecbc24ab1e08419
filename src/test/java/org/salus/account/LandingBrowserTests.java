package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.salus.testsupport.BrowserTest;
import org.salus.testsupport.People;

/** A moderator signs in in a real browser and arrives on their editorial home, the queue linked in the header. */
class LandingBrowserTests extends BrowserTest {

    @Test
    void aModeratorArrivesOnTheirHomeWithAModerationLink() {
        people.create("browser-mod", Role.MODERATOR);
        driver.get(http.url("/login"));
        driver.findElement(By.id("username")).sendKeys("browser-mod");
        driver.findElement(By.id("password")).sendKeys(People.PASSWORD);
        driver.findElement(By.xpath("//button[text()='Sign in']")).click();

        await(10).until(d -> d.getCurrentUrl().endsWith("/editor"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).doesNotContain("access");
        WebElement link = driver.findElement(By.cssSelector(".site-nav a[href='/moderation']"));
        assertThat(link.getText()).isEqualTo("Moderation");
        assertThat(driver.findElements(By.cssSelector("#stories"))).hasSize(1);
        browser.screenshot("moderator-landing");
    }
}
