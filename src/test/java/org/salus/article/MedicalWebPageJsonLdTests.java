package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MedicalWebPageJsonLdTests {

    @Test
    void textThatCouldCloseTheScriptElementIsEscaped() {
        String json = MedicalWebPageJsonLd.scriptSafe("{\"name\":\"</script><script>alert(1)</script> & more\"}");

        assertThat(json)
                .doesNotContain("<")
                .doesNotContain(">")
                .doesNotContain("&")
                .isEqualTo(
                        "{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 more\"}");
    }
}
