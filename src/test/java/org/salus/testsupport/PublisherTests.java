package org.salus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.article.PublishedArticle;
import org.salus.article.Syndication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The test helper puts articles live the ways the site does, for readers to see. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("publisher") // it publishes articles other classes' counts do not expect
@Import({People.class, Publisher.class})
class PublisherTests {

    @Autowired
    Publisher publisher;

    @Autowired
    ArticleReader reader;

    @Test
    void aNewArticleGoesLiveWithTheApprovalOfTheReviewerInTheWorkflow() {
        long revision = publisher.publish(
                "fixture-gout",
                Drafts.draft("Gout")
                        .overview("Gout makes a joint hurt.")
                        .source("NIH", "Gout", "https://www.niams.nih.gov/")
                        .build());

        PublishedArticle gout = reader.published("fixture-gout").orElseThrow();
        assertThat(gout.revisionId()).isEqualTo(revision);
        assertThat(gout.title()).isEqualTo("Gout");
        assertThat(gout.review().reviewerName()).isEqualTo("Dr. Publisher-reviewer");
        assertThat(gout.syndication()).isNull();
    }

    @Test
    void anExistingArticleGetsItsNextRevision() {
        long before = reader.published("obesity").orElseThrow().revisionId();

        long revision = publisher.publish(
                "obesity",
                Drafts.draft("Obesity").overview("Too much body fat.").build());

        assertThat(revision).isNotEqualTo(before);
        assertThat(reader.published("obesity").orElseThrow().revisionId()).isEqualTo(revision);
    }

    @Test
    void syndicatedTextGoesLiveUnderItsAttributionWithoutAReview() {
        publisher.syndicate(
                "fixture-syndicated",
                Drafts.draft("Syndicated").build(),
                new Syndication("Text from the NIH", LocalDate.of(2026, 1, 5)));

        PublishedArticle syndicated = reader.published("fixture-syndicated").orElseThrow();
        assertThat(syndicated.syndication().attribution()).isEqualTo("Text from the NIH");
        assertThat(syndicated.review()).isNull();
    }
}
