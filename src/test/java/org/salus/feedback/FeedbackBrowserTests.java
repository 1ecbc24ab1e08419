package org.salus.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.salus.account.Role;
import org.salus.testsupport.BrowserTest;
import org.salus.testsupport.People;

/**
 * A reader with JavaScript off answers "No" with a comment and reports a problem, in English and
 * Spanish; an editor sees it in the queue. axe-core checks every page on the way.
 */
class FeedbackBrowserTests extends BrowserTest {

    @BeforeEach
    void javaScriptOff() {
        driver.get(http.url("/"));
        driver.manage().deleteAllCookies();
        browser.scripts(false);
    }

    @AfterEach
    void javaScriptOn() {
        browser.scripts(true);
    }

    @Test
    void aReaderWithoutJavaScriptAnswersAndAnEditorSeesIt() {
        driver.get(http.url("/topics/insulin-resistance"));
        // JavaScript is really off: search.js would have made the search box a combobox.
        assertThat(driver.findElement(By.id("site-q")).getAttribute("role")).isNull();
        assertThat(browser.seriousAccessibilityViolations()).as("article page").isEmpty();
        driver.findElement(By.cssSelector("#page-feedback button[value=no]")).click();
        await(10).until(d -> d.getCurrentUrl().endsWith("/feedback?helpful=no"));
        assertThat(browser.seriousAccessibilityViolations()).as("feedback form").isEmpty();
        driver.findElement(By.id("f-comment")).sendKeys("The section on tests uses too many abbreviations.");
        driver.findElement(By.xpath("//button[text()='Send']")).click();
        await(10).until(d -> d.findElement(By.tagName("h1")).getText().equals("Thank you for your feedback"));
        assertThat(browser.seriousAccessibilityViolations()).as("thank-you").isEmpty();

        driver.get(http.url("/topics/insulin-resistance"));
        driver.findElement(By.linkText("Report a problem with this page")).click();
        await(10).until(d -> d.getCurrentUrl().endsWith("/problem"));
        driver.findElement(By.xpath("//button[text()='Send report']")).click(); // nothing filled in
        await(10).until(d -> !d.findElements(By.id("f-problem-error")).isEmpty());
        assertThat(browser.seriousAccessibilityViolations())
                .as("report form with errors")
                .isEmpty();
        new Select(driver.findElement(By.id("f-problem"))).selectByValue("wrong-or-outdated");
        driver.findElement(By.id("f-description")).sendKeys("The A1C range for prediabetes looks old.");
        driver.findElement(By.xpath("//button[text()='Send report']")).click();
        await(10).until(d -> d.findElement(By.tagName("h1")).getText().equals("Thank you for your feedback"));

        people.create("felix", Role.EDITOR);
        driver.get(http.url("/login"));
        driver.findElement(By.id("username")).sendKeys("felix");
        driver.findElement(By.id("password")).sendKeys(People.PASSWORD);
        driver.findElement(By.xpath("//button[text()='Sign in']")).click();
        await(10).until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(http.url("/editor/feedback"));
        assertThat(browser.seriousAccessibilityViolations())
                .as("editors' queue")
                .isEmpty();
        driver.findElement(By.partialLinkText("Insulin Resistance")).click();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("too many abbreviations")
                .contains("The A1C range for prediabetes looks old.");
        assertThat(browser.seriousAccessibilityViolations())
                .as("article feedback")
                .isEmpty();
        driver.findElement(By.xpath("//button[text()='Mark as handled']")).click();
        await(10).until(d -> d.findElement(By.tagName("main")).getText().contains("Handled by felix"));
        driver.findElement(By.xpath("//button[text()='Sign out']")).click();
        await(10).until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void aSpanishReaderAnswersInSpanish() {
        driver.get(http.url("/topics/resistencia-insulina"));
        driver.findElement(By.cssSelector("#page-feedback button[value=yes]")).click();
        await(10).until(d -> d.getCurrentUrl().endsWith("/feedback?helpful=yes"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("¿Le resultó útil esta página?");
        assertThat(browser.seriousAccessibilityViolations()).as("formulario").isEmpty();
        driver.findElement(By.xpath("//button[text()='Enviar']")).click();
        await(10).until(d -> d.findElement(By.tagName("h1")).getText().equals("Gracias por su opinión"));
        assertThat(browser.seriousAccessibilityViolations()).as("gracias").isEmpty();
    }
}
