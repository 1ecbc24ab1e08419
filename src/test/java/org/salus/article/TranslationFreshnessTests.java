package org.salus.article;

import org.springframework.boot.test.context.SpringBootTest;

/** The translation-freshness contract on the embedded H2 database (PostgreSQL mode). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TranslationFreshnessTests extends TranslationFreshnessContract {}
