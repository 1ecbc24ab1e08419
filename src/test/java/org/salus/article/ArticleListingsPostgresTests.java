package org.salus.article;

import org.salus.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

/** The listing contract on a real PostgreSQL server; runs when {@code PG_URL} names one, as in CI. */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ArticleListingsPostgresTests extends ArticleListingsContract {}
