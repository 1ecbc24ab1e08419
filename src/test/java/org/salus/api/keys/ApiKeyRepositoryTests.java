package org.salus.api.keys;

/** API key storage on the embedded H2 database. */
class ApiKeyRepositoryTests extends ApiKeyRepositoryContract {}
