package org.salus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.salus.testsupport.BrowserTest;

/**
 * Swagger UI works in a real browser under the site's strict Content Security Policy: if the
 * policy blocked its scripts, no operation would be drawn.
 */
class SwaggerUiBrowserTests extends BrowserTest {

    @Test
    void theApiDocumentationRendersEveryOperationUnderTheSitesPolicy() {
        String csp = http.get("/swagger-ui/index.html")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(csp).contains("script-src 'self'");

        driver.get(http.url("/swagger-ui/index.html"));
        List<WebElement> operations = await(20).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".opblock-summary-path"));
            return found.size() >= 6 ? found : null;
        });

        assertThat(operations).extracting(WebElement::getText).contains("/api/v1/articles", "/api/v1/terms/{slug}");
        assertThat(driver.findElement(By.cssSelector(".info .title")).getText()).contains("Salus JSON content API");
    }
}
