package org.salus.web;

import java.util.Optional;

/**
 * The content was here and was retired on purpose; answered with 410 Gone, in the retired
 * content's language when it is given (a retired Spanish article's page says so in Spanish).
 */
public class GoneException extends RuntimeException {

    private final String language;

    public GoneException(String what) {
        this(what, null);
    }

    /** @param language the retired content's language (ISO 639-1), or {@code null} when not known */
    public GoneException(String what, String language) {
        super(what, null, false, false);
        this.language = language;
    }

    /** The retired content's language, which its error page speaks. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }
}
