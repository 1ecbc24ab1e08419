package org.salus.article.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.ContentType;
import org.salus.article.SampleContentProperties;
import org.salus.article.StoredRevisions;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.Publisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/** A site started before governance pages existed: it holds articles, but none of the bundled pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "salus.sample-content.enabled=false")
@OwnContext("sample-upgrade")
class SampleContentLoaderTests {

    @Autowired
    ContentImporter importer;

    @Autowired
    StoredRevisions articles;

    @Autowired
    Publisher publisher;

    @Test
    void aSiteWithArticlesGetsTheBundledGovernancePagesItLacksAndNoSampleArticle() {
        List<ContentFile> bundled = new ContentFolder().readClasspath(SampleContentLoader.LOCATION);
        publisher.publish("our-own-article", Drafts.draft("Our own article").build());
        long pages = bundled.stream()
                .filter(f -> f.contentType() == ContentType.PAGE)
                .count();

        loader().run(new DefaultApplicationArguments());

        assertThat(articles.findBySlug("privacy-notice"))
                .get()
                .satisfies(page -> assertThat(page.publishedRevisionId()).isNotNull());
        assertThat(articles.findBySlug("aviso-de-privacidad")).isPresent();
        assertThat(articles.findBySlug("insulin-resistance")).isEmpty();
        assertThat(articles.count()).isEqualTo(1 + pages);

        loader().run(new DefaultApplicationArguments()); // the next start adds nothing
        assertThat(articles.count()).isEqualTo(1 + pages);
    }

    private SampleContentLoader loader() {
        return new SampleContentLoader(importer, articles, new SampleContentProperties(true));
    }
}
