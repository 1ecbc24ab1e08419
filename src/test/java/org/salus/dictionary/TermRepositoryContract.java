package org.salus.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.salus.changes.ContentCaches;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translations of terms (schema V17) as they must work on every supported database. Subclasses
 * run it against H2 ({@link TermRepositoryTests}) and PostgreSQL ({@link TermRepositoryPostgresTests}).
 * Every test rolls back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Transactional
abstract class TermRepositoryContract {

    @Autowired
    Dictionary dictionary;

    @Autowired
    TermRepository terms;

    @Test
    void aTranslationIsLinkedToTheEnglishTermByItsSlugAndFoundFromEitherSide() {
        // the Spanish term comes first: links are made once the whole batch is stored
        dictionary.saveAll(
                List.of(draft("es", "latido-prueba", "heartbeat-test"), draft("en", "heartbeat-test", null)));

        assertThat(terms.translations(id("heartbeat-test")))
                .extracting(Term::slug, Term::language)
                .containsExactly(Tuple.tuple("latido-prueba", "es"));
        assertThat(terms.translations(id("latido-prueba")))
                .extracting(Term::slug)
                .containsExactly("heartbeat-test");
    }

    @Test
    void savingATermAgainWithoutItsTranslationUnlinksIt() {
        dictionary.saveAll(
                List.of(draft("en", "heartbeat-test", null), draft("es", "latido-prueba", "heartbeat-test")));

        dictionary.saveAll(List.of(draft("es", "latido-prueba", null)));

        assertThat(terms.translations(id("heartbeat-test"))).isEmpty();
        assertThat(terms.translations(id("latido-prueba"))).isEmpty();
    }

    @Test
    void anUnknownSlugOrOneOfATermNotInEnglishLinksNothing() {
        dictionary.saveAll(
                List.of(draft("es", "latido-prueba", "no-such-term"), draft("es", "pulso-prueba", "latido-prueba")));

        assertThat(terms.translations(id("latido-prueba"))).isEmpty();
        assertThat(terms.translations(id("pulso-prueba"))).isEmpty();
    }

    @Test
    void anEnglishTermHasOneTranslationPerLanguageAtMost() {
        dictionary.saveAll(
                List.of(draft("en", "heartbeat-test", null), draft("es", "latido-prueba", "heartbeat-test")));

        assertThatThrownBy(() -> dictionary.saveAll(List.of(draft("es", "pulso-prueba", "heartbeat-test"))))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("uq_term_translation"));
    }

    @Test
    void anEnglishTermCannotBeATranslation() {
        dictionary.saveAll(List.of(draft("en", "heartbeat-test", null)));

        assertThatThrownBy(() -> dictionary.saveAll(List.of(draft("en", "pulse-test", "heartbeat-test"))))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("ck_term_translation"));
    }

    @Test
    void theCachedLiveTermsFindTheSameTranslationsAsTheDatabase() {
        // LiveTerms answers from an index built once (a term page of a whole static edition asks it
        // for each of 20,000 terms); it must name what the query names, in the same order.
        dictionary.saveAll(List.of(
                draft("en", "heartbeat-test", null),
                draft("es", "latido-prueba", "heartbeat-test"),
                draft("en", "pulse-test", null)));
        LiveTerms live = new LiveTerms(terms, new ContentCaches());

        for (String slug : List.of("heartbeat-test", "latido-prueba", "pulse-test")) {
            Term term = terms.findBySlug(slug).orElseThrow();
            assertThat(live.translationsOf(term))
                    .extracting(Term::slug)
                    .as(slug)
                    .containsExactlyElementsOf(terms.translations(term.id()).stream()
                            .map(Term::slug)
                            .toList());
        }
        assertThat(live.translationsOf(terms.findBySlug("heartbeat-test").orElseThrow()))
                .extracting(Term::slug)
                .containsExactly("latido-prueba");
        assertThat(live.find("latido-prueba")).map(Term::translationOf).contains(id("heartbeat-test"));
    }

    private long id(String slug) {
        return terms.findBySlug(slug).orElseThrow().id();
    }

    private static TermDraft draft(String language, String slug, String translationOf) {
        return new TermDraft(
                slug,
                language,
                slug.replace('-', ' '),
                null,
                "A test term.\n",
                List.of(),
                List.of(),
                List.of(),
                false,
                "Salus tests",
                null,
                slug,
                translationOf);
    }
}
