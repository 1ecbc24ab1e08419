package org.salus.web;

/** Nothing is published at the requested address; answered with the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what, null, false, false);
    }
}
