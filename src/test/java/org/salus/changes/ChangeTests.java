package org.salus.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The stored form of a change's subjects, read back exactly. */
class ChangeTests {

    @Test
    void subjectsAreStoredAsSortedTokensAndReadBack() {
        Change change = Change.of(Change.Kind.STORIES_CHANGED)
                .article(12, "obesity")
                .article(3)
                .question(7)
                .term(2)
                .apiKey(4)
                .at(0);

        assertThat(change.subjectsText()).isEqualTo("article:3 article:12 slug:obesity term:2 question:7 api-key:4");
        Change read = Change.parse(41, "STORIES_CHANGED", change.subjectsText());
        assertThat(read)
                .isEqualTo(new Change(
                        41,
                        Change.Kind.STORIES_CHANGED,
                        change.articles(),
                        change.slugs(),
                        false,
                        change.terms(),
                        change.questions(),
                        change.apiKeys(),
                        false));
    }

    @Test
    void everythingAndEveryArticleHaveTheirOwnTokens() {
        assertThat(Change.of(Change.Kind.RESTORED).everything().at(0).subjectsText())
                .isEqualTo("everything");
        Change all = Change.parse(1, "ARTICLES_RELINKED", "article:*");
        assertThat(all.allArticles()).isTrue();
        assertThat(all.touchesArticles()).isTrue();
        assertThat(all.touchesTerms()).isFalse();
    }

    @Test
    void aKindOrSubjectThisVersionDoesNotKnowIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Change.parse(1, "NO_SUCH_KIND", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> Change.parse(1, "TERMS_CHANGED", "colour:blue"));
        assertThatIllegalArgumentException().isThrownBy(() -> Change.parse(1, "TERMS_CHANGED", "term:x"));
    }
}
