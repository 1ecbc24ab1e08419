package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.salus.testsupport.BrowserTest;

/**
 * Printing an article in a real Chromium (Selenium's print command, as "Save as PDF"): each sample
 * article fits on two A4 and two Letter pages, and the printout says who published it, where it
 * lives, who reviewed it and when it was printed; navigation, stories and sharing stay off paper.
 * Page images: target/screenshots/print-*.png.
 */
class TopicPrintBrowserTests extends BrowserTest {

    private static final PageSize A4 = new PageSize(29.7, 21.0);
    private static final PageSize LETTER = new PageSize(27.94, 21.59);

    @AfterEach
    void scriptsBackOn() {
        browser.scripts(true);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "acanthosis-nigricans",
                "cholesterol-faqs",
                "high-blood-pressure",
                "high-cholesterol-in-children",
                "insulin-resistance",
                "metabolic-syndrome",
                "obesity",
                "polycystic-ovary-syndrome",
                "prediabetes",
                "type-2-diabetes",
                "colesterol-alto-en-ninos",
                "diabetes-tipo-2",
                "estado-prediabetico",
                "presion-arterial-alta",
                "resistencia-insulina"
            })
    void everySampleArticlePrintsOnAtMostTwoPages(String slug) throws IOException {
        driver.get(http.url("/topics/" + slug));
        for (PageSize size : new PageSize[] {A4, LETTER}) {
            try (PDDocument pdf = print(size)) {
                if (size == A4) {
                    render(pdf, "print-a4-" + slug);
                }
                if (size == LETTER) {
                    render(pdf, "print-letter-" + slug);
                }
                assertThat(pdf.getNumberOfPages())
                        .as(slug + " on " + size.getWidth() + " cm wide paper")
                        .isBetween(1, 2);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "en, insulin-resistance, Medically reviewed by, Next review due, Printed from, printed on",
        "es, resistencia-insulina, Revisado por un médico, Próxima revisión prevista, Impreso desde, impreso el"
    })
    void thePrintoutNamesPublisherAddressReviewAndPrintDate(
            String language, String slug, String reviewed, String nextReview, String printedFrom, String printedOn)
            throws IOException {
        driver.get(http.url("/topics/" + slug));
        try (PDDocument pdf = print(A4)) {
            String text = textOf(pdf);
            String address = canonicalAddress();
            assertThat(text).contains("Salus Health", printedFrom + " " + address, reviewed, nextReview);
            assertThat(text)
                    .contains(printedOn + " ")
                    .contains(String.valueOf(LocalDate.now().getYear()));
            // navigation, search, text size, stories and sharing are not on paper
            assertThat(text)
                    .doesNotContain(
                            driver.findElement(By.cssSelector(".site-nav a")).getAttribute("textContent"))
                    .doesNotContain(driver.findElement(By.id("share-heading")).getText())
                    .doesNotContain(
                            driver.findElement(By.cssSelector(".copy-link")).getAttribute("textContent"));
            for (var panel : driver.findElements(By.cssSelector(".panel h2, .related h2"))) {
                assertThat(text).doesNotContain(panel.getText());
            }
            render(pdf, "print-" + language);
        }
    }

    @Test
    void withoutJavaScriptThePrintoutShowsTheLastUpdatedDateInsteadOfThePrintDate() throws IOException {
        browser.scripts(false);
        driver.get(http.url("/topics/insulin-resistance"));
        try (PDDocument pdf = print(A4)) {
            String text = textOf(pdf);
            assertThat(text)
                    .contains("Printed from " + canonicalAddress())
                    .contains("page last updated")
                    .doesNotContain("printed on");
            render(pdf, "print-en-no-js");
        }
    }

    @Test
    void thePrintButtonAndCopyLinkAppearWithJavaScriptAndTheEmailLinkAlways() {
        driver.get(http.url("/topics/insulin-resistance"));
        assertThat(driver.findElement(By.cssSelector(".print-button")).isDisplayed())
                .isTrue();
        String mailto = driver.findElement(By.cssSelector("a.share-email")).getAttribute("href");
        assertThat(mailto).startsWith("mailto:?subject=Insulin%20Resistance&body=");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.scripts(false);
        driver.get(http.url("/topics/insulin-resistance"));
        assertThat(driver.findElement(By.cssSelector(".print-button")).isDisplayed())
                .isFalse();
        assertThat(driver.findElement(By.cssSelector(".copy-link")).isDisplayed())
                .isFalse();
        assertThat(driver.findElement(By.cssSelector("a.share-email")).isDisplayed())
                .isTrue();
        // no request leaves the site: every script, style and image is the site's own
        Object foreign = driver.executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(n => !n.startsWith(location.origin))");
        assertThat((Iterable<?>) foreign).isEmpty();
    }

    private PDDocument print(PageSize size) throws IOException {
        PrintOptions options = new PrintOptions();
        options.setPageSize(size);
        options.setBackground(false);
        String base64 = driver.print(options).getContent();
        return Loader.loadPDF(Base64.getDecoder().decode(base64));
    }

    /** The page's public address (the site's base URL, not the test server's). */
    private String canonicalAddress() {
        return driver.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
    }

    private static String textOf(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    /** Every page as a PNG, to look at. */
    private static void render(PDDocument pdf, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, 80);
            ImageIO.write(
                    image, "png", dir.resolve(name + "-p" + (page + 1) + ".png").toFile());
        }
    }
}
