package org.salus.dictionary;

import org.springframework.boot.test.context.SpringBootTest;

/** The term repository contract on the embedded H2 database (PostgreSQL mode). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TermRepositoryTests extends TermRepositoryContract {
}
