package org.salus.web;

/** The content now lives at {@link #location()}; answered with a 301. */
public class MovedPermanentlyException extends RuntimeException {

    private final String location;

    public MovedPermanentlyException(String location) {
        super(location, null, false, false);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
