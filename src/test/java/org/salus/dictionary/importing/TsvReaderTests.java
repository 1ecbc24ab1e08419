package org.salus.dictionary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TsvReaderTests {

    @Test
    void splitsOnTabsAndKeepsEmptyFields() throws IOException {
        assertThat(rows("a\t\tc\t\n")).containsExactly(new TsvReader.Row(1, List.of("a", "", "c", "")));
    }

    @Test
    void aQuotedFieldMayHoldQuotesTabsAndLineBreaks() throws IOException {
        List<TsvReader.Row> rows =
                rows("id\ttext\n" + "1\t\"she said \"\"fine\"\"\tthen\nleft\"\n" + "2\tplain \"quotes\" stay\n");

        assertThat(rows)
                .containsExactly(
                        new TsvReader.Row(1, List.of("id", "text")),
                        new TsvReader.Row(2, List.of("1", "she said \"fine\"\tthen\nleft")),
                        new TsvReader.Row(4, List.of("2", "plain \"quotes\" stay")));
    }

    @Test
    void readsWindowsLineEndingsSkipsBlankLinesAndCountsLines() throws IOException {
        assertThat(rows("a\tb\r\n\r\nc\td"))
                .containsExactly(new TsvReader.Row(1, List.of("a", "b")), new TsvReader.Row(3, List.of("c", "d")));
    }

    @Test
    void anUnclosedQuoteIsAnErrorAtTheLineWhereItStarts() {
        assertThatThrownBy(() -> rows("a\tb\nc\t\"open\nmore\n"))
                .isInstanceOf(TsvReader.TsvException.class)
                .hasMessage("line 2: a quoted field starts here and is never closed");
    }

    private static List<TsvReader.Row> rows(String text) throws IOException {
        List<TsvReader.Row> rows = new ArrayList<>();
        try (TsvReader reader = new TsvReader(new StringReader(text))) {
            for (TsvReader.Row row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
