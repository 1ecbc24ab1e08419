/**
 * JWT client authentication of the CDS Hooks services: the allow-list of EHR issuers and their JWK Sets
 * ({@code salus.cds-hooks.clients}), the checks of each call's signed token (Spring Security's OAuth2
 * resource server with Nimbus), the one-time {@code jti} kept in table {@code cds_client_jti} for every
 * node, and the 401 answers. Used by {@code org.salus.cdshooks} only ({@code CdsSecurityConfiguration}).
 */
package org.salus.cdshooks.auth;
