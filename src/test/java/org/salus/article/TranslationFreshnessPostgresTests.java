package org.salus.article;

import org.salus.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

/** The translation-freshness contract on a real PostgreSQL server (runs when {@code PG_URL} is set). */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TranslationFreshnessPostgresTests extends TranslationFreshnessContract {}
