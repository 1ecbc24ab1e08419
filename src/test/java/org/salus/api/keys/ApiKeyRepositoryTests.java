package org.salus.api.keys;

import org.springframework.boot.test.context.SpringBootTest;

/** API key storage on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ApiKeyRepositoryTests extends ApiKeyRepositoryContract {
}
