package org.salus.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.salus.account.Role;
import org.salus.testsupport.BrowserTest;
import org.salus.testsupport.People;

/** Every role's editorial home in a real browser, checked with axe-core, with JavaScript on and off. */
class NewsroomBrowserTests extends BrowserTest {

    @Test
    void eachRolesHomeIsAccessible() {
        for (Role role : Role.values()) {
            String username = "browse-hub-" + role.code();
            people.create(username, role);
            signIn(username);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your editorial home");
            assertThat(browser.seriousAccessibilityViolations()).as(role.code()).isEmpty();
            browser.screenshot("newsroom-" + role.code());
            driver.findElement(By.xpath("//button[text()='Sign out']")).click();
            await(10).until(d -> d.getCurrentUrl().contains("/login"));
        }
    }

    @Test
    void theHomeWorksWithoutJavaScript() {
        people.create("browse-hub-nojs", Role.EDITOR, Role.REVIEWER);
        browser.scripts(false);
        try {
            signIn("browse-hub-nojs");
            assertThat(driver.findElements(By.cssSelector("#your-pages a"))).isNotEmpty();
            browser.screenshot("newsroom-nojs");
        } finally {
            browser.scripts(true);
        }
    }

    private void signIn(String username) {
        driver.get(http.url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(People.PASSWORD);
        driver.findElement(By.xpath("//button[text()='Sign in']")).click();
        await(10).until(d -> d.getCurrentUrl().endsWith("/editor"));
    }
}
