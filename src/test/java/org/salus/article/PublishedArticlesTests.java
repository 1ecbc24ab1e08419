package org.salus.article;

import org.springframework.boot.test.context.SpringBootTest;

/** The published-articles contract on the embedded H2 database (PostgreSQL mode). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PublishedArticlesTests extends PublishedArticlesContract {}
