package org.salus.api.keys;

/** A key just issued, with the only copy of its token that will ever exist outside the client. */
public record IssuedKey(ApiKey key, String token) {}
