package org.salus.web;

/** The content was here and was retired on purpose; answered with 410 Gone. */
public class GoneException extends RuntimeException {

    public GoneException(String what) {
        super(what, null, false, false);
    }
}
