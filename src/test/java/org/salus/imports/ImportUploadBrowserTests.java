package org.salus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.salus.account.Role;
import org.salus.testsupport.BrowserTest;
import org.salus.testsupport.People;

/**
 * An administrator uploads a file on the admin page (a real multipart form with its CSRF token)
 * and reads the import's report when it finishes.
 */
class ImportUploadBrowserTests extends BrowserTest {

    @Test
    void anAdministratorUploadsAGlossaryAndReadsItsReport() {
        people.create("importer", Role.ADMIN);
        driver.get(http.url("/login"));
        driver.findElement(By.id("username")).sendKeys("importer");
        driver.findElement(By.id("password")).sendKeys(People.PASSWORD);
        driver.findElement(By.xpath("//button[text()='Sign in']")).click();
        await(10).until(d -> !d.getCurrentUrl().contains("/login"));

        driver.get(http.url("/admin/imports"));
        assertThat(browser.seriousAccessibilityViolations()).as("upload page").isEmpty();
        driver.findElement(By.cssSelector("#f-format option[value=nci-glossary]"))
                .click();
        driver.findElement(By.id("f-file"))
                .sendKeys(Path.of("src/test/resources/dictionary-import/nci-glossary-sample.tsv")
                        .toAbsolutePath()
                        .toString());
        driver.findElement(By.xpath("//button[text()='Start import']")).click();

        await(30).until(d -> d.findElements(By.cssSelector(".import-summary")).size() == 1);
        assertThat(driver.getCurrentUrl()).matches(".*/admin/imports/[0-9a-f-]{36}");
        assertThat(driver.findElement(By.cssSelector(".import-summary")).getText())
                .startsWith("created ");
        assertThat(driver.findElement(By.cssSelector(".state strong")).getText())
                .isEqualTo("Finished");
        assertThat(driver.findElement(By.cssSelector(".import-output")).getText())
                .isNotBlank();
        assertThat(browser.seriousAccessibilityViolations()).as("status page").isEmpty();
        browser.screenshot("admin-import-finished");
    }
}
