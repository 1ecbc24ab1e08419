package org.salus.infobutton;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code knowledgeResponseType} values of the HL7 SOA implementation guide (§3.1): an Atom
 * feed (the default), JSON, or JSON-P. Compared case-insensitively because the guide's own
 * example sends {@code text/XML}.
 */
enum ResponseType {
    ATOM("text/xml", "text/xml;charset=UTF-8"),
    JSON("application/json", "application/json;charset=UTF-8"),
    JSONP("application/javascript", "application/javascript;charset=UTF-8");

    private final String parameterValue;
    private final String contentType;

    ResponseType(String parameterValue, String contentType) {
        this.parameterValue = parameterValue;
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static Optional<ResponseType> fromParameter(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("application/atom+xml")) {
            return Optional.of(ATOM);
        }
        for (ResponseType type : values()) {
            if (type.parameterValue.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
