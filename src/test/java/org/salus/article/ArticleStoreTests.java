package org.salus.article;

import org.springframework.boot.test.context.SpringBootTest;

/** The article-store contract on the embedded H2 database (PostgreSQL mode). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ArticleStoreTests extends ArticleStoreContract {}
