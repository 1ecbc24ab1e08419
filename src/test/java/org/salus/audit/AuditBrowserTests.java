package org.salus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.salus.account.Role;
import org.salus.testsupport.BrowserTest;
import org.salus.testsupport.People;

/**
 * The audit log as an administrator reads it in a real browser: accessible (axe-core), filtered
 * through its form with JavaScript off (a plain GET form), and readable on a phone.
 */
class AuditBrowserTests extends BrowserTest {

    @Test
    void anAdministratorFiltersTheLogByPersonWithoutJavaScript() {
        people.create("audit-browse-admin", Role.ADMIN);
        people.create("audit-browse-other", Role.WRITER);
        signIn("audit-browse-other");
        signOut();
        signIn("audit-browse-admin");
        browser.scripts(false);
        try {
            driver.get(http.url("/admin/audit"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            driver.findElement(By.id("who")).sendKeys("audit-browse-other");
            driver.findElement(By.xpath("//button[@type='submit' and text()='Filter']"))
                    .click();
            await(10).until(d -> d.getCurrentUrl().contains("who=audit-browse-other"));

            assertThat(driver.findElement(By.cssSelector("p.muted")).getText()).endsWith("· 1 entry");
            List<WebElement> rows = driver.findElements(By.cssSelector("table.audit-log tbody tr"));
            assertThat(rows).isNotEmpty();
            assertThat(rows)
                    .allSatisfy(row -> assertThat(
                                    row.findElements(By.tagName("td")).get(1).getText())
                            .isEqualTo("audit-browse-other"));
            assertThat(rows)
                    .anySatisfy(row -> assertThat(
                                    row.findElements(By.tagName("td")).get(2).getText())
                            .isEqualTo("sign-in"));
            assertThat(driver.findElement(By.partialLinkText("CSV")).getAttribute("href"))
                    .endsWith("/admin/audit.csv?who=audit-browse-other");
            browser.screenshot("audit-filtered-nojs");
        } finally {
            browser.scripts(true);
        }
    }

    @Test
    void theLogFitsAPhoneScreen() {
        people.create("audit-phone-admin", Role.ADMIN);
        signIn("audit-phone-admin");
        browser.resize(390, 844);
        try {
            driver.get(http.url("/admin/audit"));
            Number pageWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
            assertThat(pageWidth.intValue()).isLessThanOrEqualTo(390);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("audit-phone");
        } finally {
            browser.resize(1280, 1000);
        }
    }

    private void signIn(String username) {
        driver.get(http.url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(People.PASSWORD);
        driver.findElement(By.xpath("//button[text()='Sign in']")).click();
        await(10).until(d -> d.getCurrentUrl().endsWith("/editor"));
    }

    private void signOut() {
        driver.findElement(By.xpath("//button[text()='Sign out']")).click();
        await(10).until(d -> d.getCurrentUrl().contains("/login"));
    }
}
