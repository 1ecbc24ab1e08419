package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.salus.account.Role;
import org.salus.testsupport.BrowserTest;
import org.salus.testsupport.People;

/**
 * A writer, a medical reviewer and an editor take a new article from draft to published in a
 * real browser, and every editorial page they use is checked with axe-core.
 */
class EditorialWorkflowBrowserTests extends BrowserTest {

    @BeforeAll
    void staff() {
        people.create("wendy", Role.WRITER);
        people.create("rita", Role.REVIEWER);
        people.create("edgar", Role.EDITOR);
    }

    @Test
    void threePeopleTakeAnArticleFromDraftToPublished() {
        signIn("wendy");
        assertAccessible("dashboard");
        driver.findElement(By.linkText("New article")).click();
        await(10).until(d -> d.findElement(By.id("f-title")).isDisplayed());
        type("f-title", "Gestational Diabetes");
        type(
                "f-summary",
                "Gestational diabetes is high blood sugar that starts during pregnancy. It usually goes away after the baby is born.");
        // the first source row's fields (the form offers empty rows to fill)
        driver.findElement(By.name("sourceOrganisation")).sendKeys("NICHD");
        driver.findElement(By.name("sourceTitle")).sendKeys("Gestational diabetes");
        driver.findElement(By.name("sourceUrl"))
                .sendKeys("https://www.nichd.nih.gov/health/topics/gestational-diabetes");
        WebElement body = driver.findElement(By.id("f-body"));
        body.clear();
        body.sendKeys("## What is it? {section=overview}\n\nSome women get high blood sugar when they are pregnant. "
                + "This is called gestational diabetes.\n");
        type("f-changeNote", "First version.");
        driver.findElement(By.cssSelector("button[name=preview]")).click();
        // The click returns before the posted form's answer has loaded.
        await(10).until(d -> d.findElement(By.cssSelector(".preview h1")).isDisplayed());
        assertThat(driver.findElement(By.cssSelector(".preview h1")).getText()).isEqualTo("Gestational Diabetes");
        assertThat(driver.findElement(By.cssSelector(".preview .review-pending"))
                        .getText())
                .contains("not yet medically reviewed");
        assertAccessible("article form with preview");
        driver.findElement(By.xpath("//button[text()='Save draft']")).click();

        waitForState("Draft");
        assertAccessible("revision page");
        driver.findElement(By.xpath("//button[text()='Submit for medical review']"))
                .click();
        waitForState("Submitted for review");
        browser.screenshot("editor-submitted");
        signOut();

        signIn("rita");
        // Other tests of the same site may leave drafts awaiting review: find this one in the list.
        WebElement awaiting =
                driver.findElement(By.xpath("//*[@id='awaiting-review']//a[text()='Gestational Diabetes']"));
        awaiting.click();
        await(10).until(d -> d.findElement(By.id("notes")).isDisplayed());
        driver.findElement(By.id("notes")).sendKeys("Accurate and clear.");
        driver.findElement(By.xpath("//button[text()='Approve this revision']")).click();
        waitForState("Approved");
        signOut();

        signIn("edgar");
        driver.findElement(By.xpath("//*[@id='approved']//a[text()='Gestational Diabetes']"))
                .click();
        await(10)
                .until(d ->
                        d.findElement(By.xpath("//button[text()='Publish']")).isDisplayed());
        assertAccessible("revision page for an editor");
        driver.findElement(By.xpath("//button[text()='Publish']")).click();
        waitForState("Published");
        signOut();

        driver.get(http.url("/topics/gestational-diabetes"));
        assertThat(driver.findElement(By.cssSelector(".review-line")).getText())
                .contains("Medically reviewed by Dr. Rita, MD on November 29, 2026")
                .contains("Next review due November 29, 2029");
        driver.findElement(By.cssSelector(".review-line a.reviewer")).click();
        await(10).until(d -> d.getCurrentUrl().contains("/reviewers/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dr. Rita, MD");
        assertThat(driver.findElements(By.linkText("Gestational Diabetes"))).hasSize(1);
    }

    private void signIn(String username) {
        driver.get(http.url("/login"));
        assertAccessible("sign-in page");
        type("username", username);
        type("password", People.PASSWORD);
        driver.findElement(By.xpath("//button[text()='Sign in']")).click();
        await(10).until(d -> d.getCurrentUrl().endsWith("/editor"));
    }

    private void signOut() {
        driver.findElement(By.xpath("//button[text()='Sign out']")).click();
        await(10).until(d -> d.getCurrentUrl().contains("/login"));
    }

    /** Waits for the revision page to show a state: a form post and its redirect may still be loading. */
    private void waitForState(String state) {
        await(15)
                .until(d -> d.findElements(By.cssSelector(".state strong")).stream()
                        .anyMatch(e -> e.getText().equals(state)));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void assertAccessible(String page) {
        assertThat(browser.seriousAccessibilityViolations()).as(page).isEmpty();
    }
}
