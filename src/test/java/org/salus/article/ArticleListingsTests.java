package org.salus.article;

import org.springframework.boot.test.context.SpringBootTest;

/** The listing contract on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ArticleListingsTests extends ArticleListingsContract {}
