package org.salus.cdshooks.auth;

import org.salus.testsupport.PostgresTest;

/** The same calls with the replay store on PostgreSQL. */
@PostgresTest
class ClientAuthenticationPostgresTests extends ClientAuthenticationTests {}
