package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The speller over a small index of its own: which words it corrects, to what, and when it keeps quiet. */
class SpellerTests {

    private final Analyzers analyzers = new Analyzers();
    private final Speller speller = new Speller();
    /** A speller that knows only the site's words: what the site had before the word lists. */
    private final Speller siteOnly = new Speller(WordList.load(List.of()));

    @Test
    void aGeneralWordIsNeverCorrectedEvenWhenTheSiteNeverUsesIt() throws IOException {
        try (DirectoryReader reader = index("High cholesterol in children: what kinds of food help", "Cholesterol")) {
            assertThat(siteOnly.corrections(words("cholesterol kids"), reader)).containsEntry("kids", "kinds");
            assertThat(speller.corrections(words("cholesterol kids"), reader)).isEmpty();
            assertThat(siteOnly.corrections(words("euglycemic clamp"), index("Clam chowder")))
                    .containsEntry("clamp", "clam");
            assertThat(speller.corrections(words("euglycemic clamp"), index("Clam chowder")))
                    .isEmpty();
        }
    }

    @Test
    void aWordOfTheSiteIsNeverCorrected() throws IOException {
        try (DirectoryReader reader = index("The euglycemic clamp measures insulin sensitivity", "Hyperglycemia")) {
            assertThat(speller.corrections(words("euglycemic clamp"), reader)).isEmpty();
        }
    }

    @Test
    void aSpanishPluralIsKnownByItsSingular() throws IOException {
        try (DirectoryReader reader = index("Presión arterial", "Efecto del azúcar")) {
            assertThat(speller.corrections(words("efectos secundarios niños"), reader))
                    .isEmpty();
        }
    }

    @Test
    void anUnknownWordBecomesTheNearestWordOfTheIndexThenTheCommonest() throws IOException {
        try (DirectoryReader reader =
                index("Type 2 diabetes", "Diabetes and diet", "Diabetes in children", "Diabetic foot care")) {
            assertThat(speller.corrections(words("diabetis"), reader))
                    .containsExactly(Map.entry("diabetis", "diabetes"));
        }
        // "diabetic" is as near to "diabetiz" as "diabetes" is not: fewer edits win over more documents
        try (DirectoryReader reader = index("Diabetes", "Diabetes and diet", "Diabetic diet")) {
            assertThat(speller.corrections(words("diabetix"), reader)).containsEntry("diabetix", "diabetic");
        }
        // at equal edits, the word more documents have
        try (DirectoryReader reader = index("Tests for kidneys", "Kidney tests", "Renal tests", "Rests")) {
            assertThat(speller.corrections(words("tezts"), reader)).containsEntry("tezts", "tests");
        }
    }

    @Test
    void aSuggestionThatFindsNothingIsDropped() throws IOException {
        // "diabetes" and "clamp" are both in the index, never in one document: "diabetes clamp" finds nothing
        try (DirectoryReader reader = index("Type 2 diabetes", "A clamp holds the tube")) {
            assertThat(speller.corrections(words("diabetis clamp"), reader)).isEmpty();
        }
        try (DirectoryReader reader = index("Type 2 diabetes", "The clamp of diabetes research")) {
            assertThat(speller.corrections(words("diabetis clamp"), reader)).containsEntry("diabetis", "diabetes");
        }
    }

    @Test
    void shortWordsAndWordsWithDigitsAreLeftAlone() throws IOException {
        try (DirectoryReader reader = index("Type 2 diabetes: the A1C test")) {
            assertThat(speller.corrections(words("tpe a1x"), reader)).isEmpty();
        }
    }

    @Test
    void theWordListIsSmallOnTheHeap() {
        WordList general = WordList.GENERAL;
        assertThat(general.size()).isGreaterThan(150_000);
        assertThat(general.knows("kids")).isTrue();
        assertThat(general.knows("clamp")).isTrue();
        assertThat(general.knows("presion")).isTrue(); // accents folded, as the query's words are
        assertThat(general.knows("diabetis")).isFalse();
        System.out.printf("Word list: %d words, %d KB of heap%n", general.size(), general.ramBytesUsed() / 1024);
        assertThat(general.ramBytesUsed()).isLessThan(4L * 1024 * 1024);
    }

    private List<String> words(String query) {
        return analyzers.words(query);
    }

    /** An index with one document per text, in the spelling field only. */
    private DirectoryReader index(String... texts) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.index()))) {
            for (String text : texts) {
                Document doc = new Document();
                doc.add(new TextField(Fields.SPELL, text, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        return DirectoryReader.open(directory);
    }
}
