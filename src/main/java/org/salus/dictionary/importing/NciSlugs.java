package org.salus.dictionary.importing;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads every slug in the dictionary (retired terms included: they keep theirs) with its owner. */
@Repository
class NciSlugs {

    private final JdbcClient jdbc;

    NciSlugs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SlugBook load() {
        SlugBook book = new SlugBook();
        jdbc.sql("SELECT slug, source, source_id FROM term").query((RowCallbackHandler) rs -> {
            book.stored(rs.getString("slug"), rs.getString("source"), rs.getString("source_id"));
        });
        return book;
    }
}
