package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareLinksTests {

    @Test
    void aMailtoLinkEncodesSpacesAndAccentsAsMailProgramsReadThem() {
        assertThat(ShareLinks.mailto("Resistencia a la insulina", "Véalo: https://example.org/topics/x?a=1&b=2"))
                .isEqualTo("mailto:?subject=Resistencia%20a%20la%20insulina"
                        + "&body=V%C3%A9alo%3A%20https%3A%2F%2Fexample.org%2Ftopics%2Fx%3Fa%3D1%26b%3D2");
    }
}
