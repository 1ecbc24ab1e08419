package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DuplicatesTests {

    @Test
    void caseAccentsPunctuationAndSpacesAreSetAside() {
        assertThat(Duplicates.normalised("  Diabetes, Type 2! ")).isEqualTo("diabetes type 2");
        assertThat(Duplicates.normalised("Hipertensión")).isEqualTo(Duplicates.normalised("HIPERTENSION"));
        assertThat(Duplicates.normalised(null)).isEmpty();
    }

    @Test
    void theSamePageFromTwoSourcesHasOneKeyAndAnythingElseAnother() {
        Searchable nhlbi = article("High Blood Pressure", "Blood pressure that stays high.", "en", "NHLBI");
        Searchable copy = article("high blood pressure ", "Blood pressure that stays  HIGH", "en", "MedlinePlus");

        assertThat(Duplicates.key(copy)).isEqualTo(Duplicates.key(nhlbi));
        assertThat(Duplicates.key(article("High Blood Pressure", "High blood pressure in older people.", "en", "NIA")))
                .as("the same title, another summary")
                .isNotEqualTo(Duplicates.key(nhlbi));
        assertThat(Duplicates.key(article("High Blood Pressure", "Blood pressure that stays high.", "es", "NHLBI")))
                .as("another language")
                .isNotEqualTo(Duplicates.key(nhlbi));
    }

    private static Searchable article(String title, String summary, String language, String source) {
        return new Searchable(
                "article:" + source,
                Searchable.Kind.ARTICLE,
                language,
                "condition",
                source,
                title,
                List.of(),
                summary,
                "",
                "",
                List.of(),
                source);
    }
}
