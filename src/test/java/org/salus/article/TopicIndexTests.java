package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TopicIndexTests {

    @Test
    void namesAreFiledUnderTheirFirstLetterIgnoringCaseAndAccents() {
        assertThat(TopicIndex.letterOf("obesity")).isEqualTo("O");
        assertThat(TopicIndex.letterOf("Úlcera")).isEqualTo("U");
        assertThat(TopicIndex.letterOf("5-alpha reductase")).isEqualTo(TopicIndex.DIGITS);
    }

    @Test
    void groupsComeInAlphabeticalOrderWithDigitsLast() {
        List<IndexEntry> entries = List.of(
                entry("obesity"),
                entry("3-day measles"),
                entry("High Blood Pressure"),
                entry("hypertension"),
                entry("Acanthosis Nigricans"));

        List<TopicIndex.Group> groups = TopicIndex.group(entries, Locale.ENGLISH);

        assertThat(groups).extracting(TopicIndex.Group::letter).containsExactly("A", "H", "O", "0-9");
        assertThat(groups.get(1).entries())
                .extracting(IndexEntry::name)
                .containsExactly("High Blood Pressure", "hypertension");
    }

    private static IndexEntry entry(String name) {
        return new IndexEntry(name, "slug", name, ContentType.CONDITION, "summary", false, "en");
    }
}
