package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.salus.account.Role;
import org.salus.codes.Icd10cmFixture;
import org.salus.importing.Importer;
import org.salus.testsupport.BrowserTest;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The editor form's code and source rows in Chromium: with JavaScript the code's title appears as
 * it is typed; without it the server's messages and titles come back with the form.
 */
@OwnContext("code-entry-browser")
class EntryFieldsBrowserTests extends BrowserTest {

    @Autowired
    java.util.List<Importer> importers;

    @BeforeAll
    void writerAndList() throws Exception {
        people.create("cora", Role.WRITER);
        Path folder = Files.createTempDirectory("icd10cm-fixture");
        importers.stream()
                .filter(i -> i.format().equals("icd10cm"))
                .findFirst()
                .orElseThrow()
                .run(
                        Icd10cmFixture.write(folder, "fixture.tsv.gz", Icd10cmFixture.ROWS),
                        new PrintStream(PrintStream.nullOutputStream()));
        driver.get(http.url("/login"));
        driver.findElement(By.id("username")).sendKeys("cora");
        driver.findElement(By.id("password")).sendKeys(People.PASSWORD);
        driver.findElement(By.xpath("//button[text()='Sign in']")).click();
        await(10).until(d -> d.getCurrentUrl().endsWith("/editor"));
    }

    @Test
    void withJavaScriptTheCodesTitleShowsAsItIsTyped() {
        browser.scripts(true);
        driver.get(http.url("/editor/articles/new"));
        driver.findElement(By.name("codeValue")).sendKeys("E11.65");

        await(10)
                .until(d -> d.findElement(By.cssSelector(".code-row .code-title"))
                        .getText()
                        .equals("Sugar illness kind two with high sugar (test)"));
        assertThat(driver.findElements(By.cssSelector("#code-suggestions option")))
                .isNotEmpty();
        browser.screenshot("entry-fields-suggest");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void withoutJavaScriptTheServerNamesEachProblemAndShowsTitles() {
        browser.scripts(false);
        try {
            driver.get(http.url("/editor/articles/new"));
            driver.findElement(By.id("f-title")).sendKeys("Checked entry");
            driver.findElement(By.id("f-summary"))
                    .sendKeys("A page to see what the form says about codes and sources.");
            driver.findElements(By.name("codeValue")).get(0).sendKeys("E119");
            driver.findElements(By.name("codeValue")).get(1).sendKeys("I10");
            driver.findElement(By.name("sourceOrganisation")).sendKeys("CDC");
            driver.findElement(By.name("sourceTitle")).sendKeys("High blood pressure");
            driver.findElement(By.name("sourceUrl")).sendKeys("https:///high-blood-pressure");
            driver.findElement(By.cssSelector("button[name=preview]")).click();

            await(10).until(d -> d.findElement(By.id("f-codes-error")).isDisplayed());
            assertThat(driver.findElement(By.id("f-codes-error")).getText())
                    .contains("E119 is not an ICD-10-CM code; did you mean E11.9?");
            assertThat(driver.findElement(By.id("f-sources-error")).getText())
                    .contains(
                            "source 1 (High blood pressure): the address https:///high-blood-pressure has no host name");
            assertThat(driver.findElements(By.cssSelector(".code-row .code-title"))
                            .get(1)
                            .getText())
                    .isEqualTo("ICD-10-CM title: Raised pressure in the arteries (test)");
            browser.screenshot("entry-fields-errors-no-js");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        } finally {
            browser.scripts(true);
        }
    }
}
