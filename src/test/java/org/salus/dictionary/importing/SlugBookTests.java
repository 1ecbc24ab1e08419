package org.salus.dictionary.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugBookTests {

    @Test
    void aTakenSlugGetsTheSuffixThenANumber() {
        SlugBook book = new SlugBook();
        book.stored("insulin", "Salus Health", "insulin");

        assertThat(book.slugFor("NCI", "1", "Insulin", "-nci")).isEqualTo("insulin-nci");
        assertThat(book.slugFor("NCI", "2", "insulin", "-nci")).isEqualTo("insulin-nci-2");
        assertThat(book.slugFor("NCI", "3", "insulina", "-es")).isEqualTo("insulina");
        assertThat(book.slugFor("NCI", "1", "renamed", "-nci")).isEqualTo("insulin-nci");
    }

    @Test
    void aStoredTermKeepsItsSlugAndCountsAsStored() {
        SlugBook book = new SlugBook();
        book.stored("tumour-nci", "NCI", "7");

        assertThat(book.slugFor("NCI", "7", "tumour", "-nci")).isEqualTo("tumour-nci");
        assertThat(book.isStored("NCI", "7")).isTrue();
        assertThat(book.isStored("NCI", "8")).isFalse();
        assertThat(book.slugFor("NCI", "8", "tumour nci", "-nci")).isEqualTo("tumour-nci-nci");
    }

    @Test
    void suffixedSlugsStayWithinTheMaximumLengthAndNamesWithoutLettersGetNone() {
        SlugBook book = new SlugBook();
        String name = "word ".repeat(30);
        String first = book.slugFor("NCI", "1", name, "-nci");
        String second = book.slugFor("NCI", "2", name, "-nci");

        assertThat(first).hasSizeLessThanOrEqualTo(org.salus.article.Slugs.MAX_LENGTH);
        assertThat(second).endsWith("-nci").hasSizeLessThanOrEqualTo(org.salus.article.Slugs.MAX_LENGTH);
        assertThat(book.slugFor("NCI", "3", "—", "-nci")).isNull();
    }
}
