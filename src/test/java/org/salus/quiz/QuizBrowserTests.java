package org.salus.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.salus.testsupport.BrowserTest;

/**
 * Taking the bundled cholesterol quiz in a real Chromium: with JavaScript off (the plain form, all
 * questions at once) and on (js/quiz.js: one question at a time with feedback), both ending on the
 * server's results page; axe-core finds no violation of any impact on either mode or the results.
 * Screenshots at desktop and phone width go to target/screenshots/quiz-*.png.
 */
class QuizBrowserTests extends BrowserTest {

    private static final String QUIZ = "/quizzes/test-your-cholesterol-iq";

    @BeforeEach
    void desktop() {
        browser.resize(1280, 1000);
        browser.scripts(true);
    }

    @AfterEach
    void scriptsBackOn() {
        browser.scripts(true);
    }

    @Test
    void withoutJavaScriptTheWholeFormIsTakenAndScored() {
        browser.scripts(false);
        open(QUIZ);

        assertThat(driver.findElement(By.cssSelector("form.quiz-form")).getAttribute("class"))
                .doesNotContain("quiz-stepping"); // the script did not run
        assertThat(driver.findElements(By.cssSelector("fieldset.question")))
                .hasSize(10)
                .allMatch(WebElement::isDisplayed);
        assertThat(driver.findElements(By.cssSelector(".quiz-controls, .quiz-feedback")))
                .isEmpty();
        assertThat(driver.findElement(By.cssSelector("form.quiz-form button[type=submit]"))
                        .isDisplayed())
                .isTrue();
        assertNoAccessibilityViolations("quiz page without JavaScript");
        browser.screenshot("quiz-nojs-desktop");
        browser.resize(375, 812);
        driver.executeScript("document.getElementById('q5').scrollIntoView()");
        browser.screenshot("quiz-nojs-phone");
        assertNoSidewaysScrolling();
        browser.resize(1280, 1000);

        // right: 1, 3, 4, 6, 7, 8, 9; wrong: 2, and 5 (only two of its three right answers); 10 unanswered
        choose("q1-a", "q2-b", "q3-b", "q4-c", "q5-a", "q5-b", "q6-c", "q7-b", "q8-b", "q9-a", "q9-b", "q9-c");
        driver.findElement(By.cssSelector("form.quiz-form button[type=submit]")).click();
        await(10).until(d -> !d.findElements(By.id("score")).isEmpty());

        assertThat(driver.findElement(By.id("score")).getText()).isEqualTo("You got 7 of 10 right.");
        assertThat(driver.findElement(By.cssSelector("li#q10 .outcome")).getText())
                .isEqualTo("Not answered:");
        assertThat(driver.findElement(By.cssSelector("li#q10 .no-answer")).getText())
                .isEqualTo("You did not answer this question.");
        assertThat(driver.findElement(By.cssSelector("li#q5 .outcome")).getText())
                .isEqualTo("Wrong:");
        assertNoAccessibilityViolations("results page");
        browser.screenshot("quiz-results-desktop");
        browser.resize(375, 812);
        driver.executeScript("document.getElementById('q10').scrollIntoView()");
        browser.screenshot("quiz-results-phone");
        assertNoSidewaysScrolling();
    }

    @Test
    void withJavaScriptOneQuestionAtATimeWithFeedbackThenTheSameResults() {
        open(QUIZ);
        await(10)
                .until(d -> d.findElement(By.cssSelector("form.quiz-form"))
                        .getAttribute("class")
                        .contains("quiz-stepping"));
        assertThat(visibleQuestions()).containsExactly("q1");
        WebElement submit = driver.findElement(By.cssSelector("form.quiz-form button[type=submit]"));
        assertThat(submit.isDisplayed()).isFalse();
        WebElement check = driver.findElement(By.cssSelector(".quiz-check"));
        WebElement next = driver.findElement(By.cssSelector(".quiz-next"));
        assertThat(check.getText()).isEqualTo("Check answer");
        assertThat(next.isDisplayed()).isFalse();
        WebElement feedback = driver.findElement(By.id("q1-feedback"));
        assertThat(feedback.getAttribute("aria-live")).isEqualTo("polite");
        assertNoAccessibilityViolations("quiz page with JavaScript");

        // Checking without an answer asks for one and moves on to nothing.
        check.click();
        assertThat(feedback.getText()).isEqualTo("Choose an answer first, then check it.");
        assertThat(next.isDisplayed()).isFalse();

        // A wrong answer: the verdict, the right answer, the explanation and its "Read more" link.
        choose("q1-b");
        check.click();
        assertThat(feedback.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("Not quite.");
        assertThat(feedback.findElement(By.cssSelector(".right-answer")).getText())
                .isEqualTo("The right answer: LDL");
        assertThat(feedback.findElement(By.cssSelector(".explanation")).getText())
                .isNotBlank();
        assertThat(feedback.findElement(By.cssSelector(".read-more a")).getAttribute("href"))
                .contains("/topics/");
        assertThat(feedback.getAttribute("class")).contains("quiz-wrong");
        assertThat(check.isDisplayed()).isFalse();
        assertThat(next.isDisplayed()).isTrue();
        assertThat(driver.switchTo().activeElement()).isEqualTo(next);
        assertThat(submit.isDisplayed()).isFalse();
        assertNoAccessibilityViolations("quiz page with feedback");
        browser.screenshot("quiz-js-feedback-desktop");
        browser.resize(375, 812);
        driver.executeScript("arguments[0].scrollIntoView()", feedback);
        browser.screenshot("quiz-js-feedback-phone");
        assertNoSidewaysScrolling();
        browser.resize(1280, 1000);

        // Next question, by keyboard: focus is on the next question's legend, and only it shows.
        next.sendKeys(Keys.ENTER);
        assertThat(visibleQuestions()).containsExactly("q2");
        assertThat(driver.switchTo().activeElement().getTagName()).isEqualTo("legend");
        assertThat(driver.switchTo().activeElement().getText()).startsWith("Question 2 of 10");

        // A right answer, then the rest; a multiple-choice question lists every right answer.
        choose("q2-a");
        check.click();
        assertThat(driver.findElement(By.cssSelector("#q2-feedback .verdict")).getText())
                .isEqualTo("Right.");
        next.click();
        for (String[] answers : List.of(
                new String[] {"q3-b"},
                new String[] {"q4-c"},
                new String[] {"q5-a", "q5-b", "q5-c"},
                new String[] {"q6-c"},
                new String[] {"q7-b"},
                new String[] {"q8-b"},
                new String[] {"q9-a", "q9-b", "q9-c"})) {
            choose(answers);
            check.click();
            assertThat(driver.findElement(By.cssSelector("fieldset.question:not([hidden]) .verdict"))
                            .getText())
                    .isEqualTo("Right.");
            next.click();
        }
        assertThat(
                        driver
                                .findElement(By.cssSelector("#q5-feedback ul.right-answer"))
                                .findElements(By.tagName("li"))
                                .stream()
                                .map(li -> li.getAttribute("textContent"))
                                .toList())
                .containsExactly(
                        "A parent with high cholesterol", "Extra weight", "Lots of fried foods and fatty meats");

        // The last question: Enter in it checks the answer instead of sending a half-taken quiz,
        // then the form's own button, now "See my score", sends the whole form.
        assertThat(visibleQuestions()).containsExactly("q10");
        choose("q10-b");
        driver.findElement(By.id("q10-b")).sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector("#q10-feedback .verdict")).getText())
                .isEqualTo("Right.");
        assertThat(next.isDisplayed()).isFalse();
        assertThat(submit.isDisplayed()).isTrue();
        assertThat(submit.getText()).isEqualTo("See my score");
        assertThat(driver.switchTo().activeElement()).isEqualTo(submit);
        submit.click();
        await(10).until(d -> !d.findElements(By.id("score")).isEmpty());

        assertThat(driver.findElement(By.id("score")).getText()).isEqualTo("You got 9 of 10 right.");
        assertThat(driver.findElement(By.cssSelector("li#q1 .outcome")).getText())
                .isEqualTo("Wrong:");
        assertNoAccessibilityViolations("results page after the JavaScript mode");
    }

    @Test
    void theHomePageFeaturesAQuizAtDesktopAndPhoneWidth() {
        open("/");
        WebElement block = driver.findElement(By.cssSelector("section.quiz-feature"));
        driver.executeScript("arguments[0].scrollIntoView()", block);
        browser.screenshot("quiz-home-desktop");
        browser.resize(375, 812);
        driver.executeScript("arguments[0].scrollIntoView()", block);
        browser.screenshot("quiz-home-phone");
        assertNoSidewaysScrolling();
        assertNoAccessibilityViolations("home page");

        block.findElement(By.linkText("Take the quiz")).click();
        await(10).until(d -> d.getCurrentUrl().contains("/quizzes/test-your-"));
        assertThat(driver.findElements(By.cssSelector("form.quiz-form"))).hasSize(1);
    }

    private void open(String path) {
        driver.get(http.url(path));
    }

    /** Clicks the labels of these inputs, as a reader does. */
    private void choose(String... inputIds) {
        for (String id : inputIds) {
            driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
            assertThat(driver.findElement(By.id(id)).isSelected()).as(id).isTrue();
        }
    }

    private List<String> visibleQuestions() {
        return driver.findElements(By.cssSelector("fieldset.question")).stream()
                .filter(WebElement::isDisplayed)
                .map(f -> f.getAttribute("id"))
                .toList();
    }

    /** Every axe-core violation, whatever its impact ({@link org.salus.testsupport.Browser}). */
    private void assertNoAccessibilityViolations(String page) {
        assertThat(browser.accessibilityViolations()).as(page).isEmpty();
    }

    private void assertNoSidewaysScrolling() {
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) driver.executeScript("return window.innerWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
    }
}
