package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.salus.account.Role;
import org.salus.testsupport.BrowserTest;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;

/**
 * In a real browser: a reviewer sends a revision back with a comment about one section, and the
 * writer's revision page shows it in the comments list and beside that section; a reviewer confirms
 * a section of a live article. Every page is checked with axe-core.
 */
@OwnContext("review-sections-browser")
class ReviewInContextBrowserTests extends BrowserTest {

    @BeforeAll
    void staff() {
        people.create("wilma", Role.WRITER);
        people.create("rory", Role.REVIEWER);
    }

    @Test
    void theWritersRevisionPageShowsTheReviewersCommentBesideItsSection() {
        signIn("wilma");
        driver.get(http.url("/editor/articles/new"));
        type("f-title", "Review Context Sample");
        type("f-summary", "A sample article to check that the reviewer's comments reach the writer.");
        // the first source row's fields (the form offers empty rows to fill)
        driver.findElement(By.name("sourceOrganisation")).sendKeys("NICHD");
        driver.findElement(By.name("sourceTitle")).sendKeys("Gestational diabetes");
        driver.findElement(By.name("sourceUrl")).sendKeys("https://www.nichd.nih.gov/");
        WebElement body = driver.findElement(By.id("f-body"));
        body.clear();
        body.sendKeys("## What is it? {section=overview}\n\nIt is a sample.\n\n"
                + "## What are the symptoms? {section=symptoms}\n\nMost people have none.\n");
        type("f-changeNote", "First version.");
        driver.findElement(By.xpath("//button[text()='Save draft']")).click();
        waitForState("Draft");
        driver.findElement(By.xpath("//button[text()='Submit for medical review']"))
                .click();
        waitForState("Submitted for review");
        String revisionUrl = driver.getCurrentUrl();
        signOut();

        signIn("rory");
        driver.get(revisionUrl);
        await(10).until(d -> d.findElement(By.id("comments")).isDisplayed());
        driver.findElement(By.id("comments")).sendKeys("Say when to call a doctor.");
        new Select(driver.findElement(By.id("section"))).selectByValue("symptoms");
        assertAccessible("revision page for a reviewer, with the section picker");
        driver.findElement(By.xpath("//button[text()='Request changes']")).click();
        waitForState("Changes requested");
        signOut();

        signIn("wilma");
        driver.get(revisionUrl);
        waitForState("Changes requested");
        assertThat(driver.findElement(By.cssSelector(".review-comments .review-comment-text"))
                        .getText())
                .isEqualTo("Say when to call a doctor.");
        assertThat(driver.findElement(By.cssSelector("section#symptoms .section-comments"))
                        .getText())
                .contains("Say when to call a doctor.");
        assertAccessible("revision page for the writer, with the reviewer's comments");
        browser.screenshot("review-in-context-writer");
        driver.findElement(By.linkText("Edit the newest revision")).click();
        await(10).until(d -> d.findElement(By.id("f-body")).isDisplayed());
        assertThat(driver.findElement(By.cssSelector(".review-comments")).getText())
                .contains("Say when to call a doctor.");
        assertAccessible("editor form with the reviewer's comments");
        signOut();
    }

    @Test
    void aReviewerConfirmsASectionOnTheArticlesDesk() {
        signIn("rory");
        driver.get(http.url("/editor/articles/prediabetes"));
        await(10).until(d -> d.findElement(By.id("section-confirm-h")).isDisplayed());
        assertAccessible("article desk with section confirmation");
        driver.findElement(By.xpath("//button[starts-with(., 'Confirm this section is still accurate')]"))
                .click();
        await(10)
                .until(d -> d.findElements(By.cssSelector(".section-confirm td")).stream()
                        .anyMatch(e -> e.getText().equals("November 29, 2026")));
        signOut();
    }

    private void signIn(String username) {
        driver.get(http.url("/login"));
        type("username", username);
        type("password", People.PASSWORD);
        driver.findElement(By.xpath("//button[text()='Sign in']")).click();
        await(10).until(d -> d.getCurrentUrl().endsWith("/editor"));
    }

    private void signOut() {
        driver.findElement(By.xpath("//button[text()='Sign out']")).click();
        await(10).until(d -> d.getCurrentUrl().contains("/login"));
    }

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
