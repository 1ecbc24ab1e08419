package org.salus.article;

import org.springframework.boot.test.context.SpringBootTest;

/** The repository contract on the embedded H2 database (PostgreSQL mode). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ArticleRepositoryTests extends ArticleRepositoryContract {
}
