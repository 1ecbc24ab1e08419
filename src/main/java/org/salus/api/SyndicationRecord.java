package org.salus.api;

import java.time.LocalDate;

import org.salus.article.Syndication;

/** Where syndicated text comes from and when it was imported; it was not reviewed by this site. */
public record SyndicationRecord(String attribution, LocalDate importedOn) {

    /** The payload of a syndication label, or null when there is none (text reviewed here). */
    static SyndicationRecord of(Syndication syndication) {
        return syndication == null ? null : new SyndicationRecord(syndication.attribution(), syndication.importedOn());
    }
}
