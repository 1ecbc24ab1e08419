package org.salus.review;

import java.time.Clock;
import java.time.LocalDate;

import org.salus.article.StoredRevisions;
import org.salus.codes.CodeCheck;
import org.springframework.stereotype.Component;

/** The editor form's checked entry: its code and source rows, and the checks a save runs. */
@Component
class EntryChecking {

    private final CodeCheck codes;
    private final StoredRevisions articles;
    private final Clock clock;

    EntryChecking(CodeCheck codes, StoredRevisions articles, Clock clock) {
        this.codes = codes;
        this.articles = articles;
        this.clock = clock;
    }

    /** The form checked as saved: codes against the code lists, source dates against today. */
    ArticleForm.Result parse(ArticleForm form, String author) {
        return form.parse(author, articles.codeSystems(), codes, LocalDate.now(clock));
    }

    /** The rows the form shows for {@code form}'s codes and sources. */
    EntryFields fields(ArticleForm form) {
        return EntryFields.of(form, articles.codeSystems(), codes);
    }
}
