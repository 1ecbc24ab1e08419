package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What readers are given of the sample content, on every supported database. Subclasses run it
 * against H2 ({@link PublishedArticlesTests}) and PostgreSQL ({@link PublishedArticlesPostgresTests}).
 */
abstract class PublishedArticlesContract {

    @Autowired
    PublishedArticles articles;

    @Test
    void sampleContentIsPublishedWithSectionsInOrderAndRenderedHtml() {
        PublishedArticle article = articles.findPublished("insulin-resistance").orElseThrow();

        assertThat(article.title()).isEqualTo("Insulin Resistance");
        assertThat(article.sections())
                .extracting(Section::type)
                .containsExactly(
                        SectionType.OVERVIEW,
                        SectionType.CAUSES,
                        SectionType.SYMPTOMS,
                        SectionType.DIAGNOSIS,
                        SectionType.TREATMENT,
                        SectionType.PREVENTION,
                        SectionType.WHEN_TO_SEEK_CARE);
        assertThat(article.sections()).allSatisfy(s -> assertThat(s.html()).startsWith("<"));
        assertThat(article.codes()).extracting(Code::system).contains("ICD-10-CM");
        assertThat(article.sources())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.organisation()).isNotBlank());
        assertThat(article.review().reviewerName()).isEqualTo("Dr. Lena Marsh");
        assertThat(article.review().nextReviewDue())
                .isEqualTo(article.review().reviewedOn().plusYears(3));
        assertThat(article.related())
                .extracting(RelatedArticle::slug)
                .contains("high-cholesterol-in-children", "cholesterol-faqs");
    }

    @Test
    void unknownSlugFindsNothing() {
        assertThat(articles.findPublished("no-such-topic")).isEmpty();
    }

    @Test
    void formerSlugLeadsToTheCurrentOne() {
        assertThat(articles.findSlugByAlias("high-cholesterol-and-children")).contains("high-cholesterol-in-children");
        assertThat(articles.findSlugByAlias("never-existed")).isEmpty();
    }

    @Test
    void indexListsArticlesUnderTitlesAndOtherNames() {
        List<IndexEntry> index = articles.publishedIndex();

        assertThat(index).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("High Blood Pressure");
            assertThat(e.alternateName()).isFalse();
        });
        assertThat(index).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Hypertension");
            assertThat(e.slug()).isEqualTo("high-blood-pressure");
            assertThat(e.alternateName()).isTrue();
        });
    }
}
