package org.salus.web;

import java.util.Optional;

/**
 * Nothing is published at the requested address; answered with the 404 page, in the language of
 * the content the address is under when it is given (an unknown question of a Spanish article).
 */
public class NotFoundException extends RuntimeException {

    private final String language;

    public NotFoundException(String what) {
        this(what, null);
    }

    /** @param language the language (ISO 639-1) of the content the address is under, or {@code null} */
    public NotFoundException(String what, String language) {
        super(what, null, false, false);
        this.language = language;
    }

    /** The language of the content the address is under, which its error page speaks. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }
}
