package org.salus.api;

/**
 * A query parameter the API cannot use: answered 400 with a problem that names the parameter
 * and says what it accepts, never with the value that was sent.
 */
class BadParameterException extends RuntimeException {

    private final String parameter;

    BadParameterException(String parameter, String expected) {
        super("Parameter '" + parameter + "' " + expected, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
