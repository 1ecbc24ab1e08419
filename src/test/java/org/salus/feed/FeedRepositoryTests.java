package org.salus.feed;

import org.springframework.boot.test.context.SpringBootTest;

/** The feed and sitemap SQL on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class FeedRepositoryTests extends FeedRepositoryContract {
}
