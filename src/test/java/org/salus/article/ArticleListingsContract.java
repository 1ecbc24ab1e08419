package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.Drafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listing queries of the JSON content API on every supported database: filters, keyset
 * paging, counts, and that drafts never appear. Subclasses: {@link ArticleListingsTests} (H2) and
 * {@link ArticleListingsPostgresTests}.
 */
abstract class ArticleListingsContract {

    @Autowired
    ArticleListings articles;

    @Autowired
    PublishedArticles published;

    @Autowired
    ArticleWriter writer;

    @Test
    void pagesInSlugOrderAfterTheGivenSlugWithTheTotal() {
        List<PublishedListing> first = articles.publishedListing(ListingFilter.NONE, null, 4);
        List<PublishedListing> second =
                articles.publishedListing(ListingFilter.NONE, first.get(3).slug(), 4);

        assertThat(first).extracting(PublishedListing::slug).isSorted().hasSize(4);
        assertThat(second.get(0).slug()).isGreaterThan(first.get(3).slug());
        // other tests on the same database may publish more; the count must agree with the listing
        assertThat(articles.countPublished(ListingFilter.NONE))
                .isEqualTo(slugs(ListingFilter.NONE).size())
                .isGreaterThanOrEqualTo(10);
        PublishedListing insulin = articles.publishedListing(
                        new ListingFilter(null, null, "I", null, null, null), null, 10)
                .get(0);
        assertThat(insulin.slug()).isEqualTo("insulin-resistance");
        assertThat(insulin.title()).isEqualTo("Insulin Resistance");
        assertThat(insulin.syndicated()).isFalse();
        assertThat(insulin.publishedAt()).isNotNull();
    }

    @Test
    void filtersByLanguageTypeCodeWithOrWithoutItsDotAndUpdateTime() {
        assertThat(articles.publishedListing(
                        new ListingFilter("en", ContentType.FAQ, null, null, null, null), null, 100))
                .extracting(PublishedListing::slug)
                .contains("cholesterol-faqs");
        assertThat(articles.publishedListing(
                        new ListingFilter("en", ContentType.FAQ, null, null, null, null), null, 100))
                .allSatisfy(a -> assertThat(a.contentType()).isEqualTo(ContentType.FAQ))
                .allSatisfy(a -> assertThat(a.language()).isEqualTo("en"));
        assertThat(articles.publishedListing(new ListingFilter("es", null, null, null, null, null), null, 100))
                .allSatisfy(a -> assertThat(a.language()).isEqualTo("es"));
        assertThat(slugs(new ListingFilter(null, null, null, "ICD-10-CM", "E88.81", null)))
                .contains("insulin-resistance");
        assertThat(slugs(new ListingFilter(null, null, null, "ICD-10-CM", "E8881", null)))
                .contains("insulin-resistance");
        assertThat(slugs(new ListingFilter(null, null, null, "MESH", "E88.81", null)))
                .isEmpty();
        assertThat(slugs(new ListingFilter(null, null, "0-9", null, null, null)))
                .allMatch(s -> Character.isDigit(s.charAt(0)));
        assertThat(slugs(new ListingFilter(null, null, "H", null, null, null)))
                .isNotEmpty()
                .allMatch(s -> s.startsWith("h"));
        assertThat(articles.countPublished(
                        new ListingFilter(null, null, null, null, null, Instant.parse("2999-01-01T00:00:00Z"))))
                .isZero();
        assertThat(articles.countPublished(
                        new ListingFilter(null, null, null, null, null, Instant.parse("2000-01-01T00:00:00Z"))))
                .isEqualTo(articles.countPublished(ListingFilter.NONE));
    }

    @Test
    @Transactional
    void anUnapprovedDraftIsNeverListed() {
        int before = articles.countPublished(ListingFilter.NONE);
        ArticleRow draft = writer.findOrCreate("zz-unapproved", "en", ContentType.CONDITION);
        PublishedArticle model = published.findPublished("obesity").orElseThrow();
        writer.saveRevision(
                draft,
                Drafts.draft("Unapproved")
                        .summary("Not reviewed.")
                        .sources(model.sources())
                        .overview("Text.")
                        .note("First", ChangeKind.CLINICAL)
                        .build());

        assertThat(slugs(ListingFilter.NONE)).doesNotContain("zz-unapproved");
        assertThat(articles.countPublished(ListingFilter.NONE)).isEqualTo(before);
    }

    @Test
    void codeSystemsHaveTheirOids() {
        assertThat(articles.codeSystemOids())
                .containsEntry("ICD-10-CM", "2.16.840.1.113883.6.90")
                .containsEntry("SNOMED-CT", "2.16.840.1.113883.6.96");
    }

    private List<String> slugs(ListingFilter filter) {
        return articles.publishedListing(filter, null, 100_000).stream()
                .map(PublishedListing::slug)
                .toList();
    }
}
