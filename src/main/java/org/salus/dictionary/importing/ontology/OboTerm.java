package org.salus.dictionary.importing.ontology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the importer needs from one {@code [Term]} stanza: id, name, definition text (unescaped,
 * without its references), the EXACT synonyms that do not come from SNOMED CT, and the xrefs.
 */
record OboTerm(
        String id,
        String name,
        String definition,
        List<String> synonyms,
        List<String> xrefs,
        boolean obsolete,
        int line) {

    /** Longest name or synonym the dictionary stores (term.name and term_synonym.name). */
    static final int MAX_NAME = 300;

    OboTerm {
        synonyms = List.copyOf(synonyms);
        xrefs = List.copyOf(xrefs);
    }

    /** The stanza cannot be imported; {@code line} is where the problem is. */
    /** The most characters one [Term] stanza may hold: real ones hold a few hundred, rarely a few thousand. */
    static final int MAX_STANZA_CHARS = 64 * 1024;

    static final class MalformedStanzaException extends Exception {

        private final int line;

        MalformedStanzaException(int line, String reason) {
            super(reason);
            this.line = line;
        }

        int line() {
            return line;
        }

        /** "line N: reason", as the import report shows it. */
        String note() {
            return "line " + line + ": " + getMessage();
        }
    }

    /** A quoted OBO string, unescaped, and the text after its closing quote. */
    record Quoted(String text, String rest) {}

    /** {@code is_obsolete: true}: the term is kept in the file only so old ids resolve. */
    static boolean isObsolete(OboReader.Stanza stanza) {
        return stanza.all("is_obsolete").stream().anyMatch(t -> plain(t.value()).equals("true"));
    }

    static OboTerm of(OboReader.Stanza stanza) throws MalformedStanzaException {
        long size = stanza.tags().stream()
                .mapToLong(t -> t.name().length() + t.value().length())
                .sum();
        if (size > MAX_STANZA_CHARS) {
            throw new MalformedStanzaException(
                    stanza.line(),
                    "the stanza holds " + size / 1024 + " K characters, more than the limit of "
                            + MAX_STANZA_CHARS / 1024 + " K for one term; skipped");
        }
        boolean obsolete = isObsolete(stanza);
        OboReader.Tag idTag = stanza.first("id");
        String id = idTag == null ? "" : plain(idTag.value());
        if (id.isEmpty()) {
            throw new MalformedStanzaException(stanza.line(), "the term has no id");
        }
        OboReader.Tag nameTag = stanza.first("name");
        String name = nameTag == null ? "" : unescape(plain(nameTag.value())).strip();
        if (name.isEmpty()) {
            throw new MalformedStanzaException(stanza.line(), id + " has no name");
        }
        if (name.length() > MAX_NAME) {
            throw new MalformedStanzaException(
                    nameTag.line(), id + " has a name longer than " + MAX_NAME + " characters");
        }
        String definition = null;
        OboReader.Tag def = stanza.first("def");
        if (def != null) {
            definition = quoted(def, id + "'s definition")
                    .text()
                    .replaceAll("\\s+", " ")
                    .strip();
            if (definition.isEmpty()) {
                definition = null;
            }
        }
        Set<String> synonyms = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        seen.add(name.toLowerCase(Locale.ROOT));
        for (OboReader.Tag tag : stanza.all("synonym")) {
            Quoted synonym = quoted(tag, id + "'s synonym");
            String text = synonym.text().replaceAll("\\s+", " ").strip();
            if (isExact(synonym.rest())
                    && !mentionsSnomed(synonym.rest())
                    && !text.isEmpty()
                    && text.length() <= MAX_NAME
                    && seen.add(text.toLowerCase(Locale.ROOT))) {
                synonyms.add(text);
            }
        }
        List<String> xrefs = new ArrayList<>();
        for (OboReader.Tag tag : stanza.all("xref")) {
            String xref = plain(tag.value());
            int space = xref.indexOf(' ');
            xrefs.add(space < 0 ? xref : xref.substring(0, space));
        }
        return new OboTerm(id, name, definition, new ArrayList<>(synonyms), xrefs, obsolete, stanza.line());
    }

    /** The scope word after a synonym's text: {@code "x" EXACT [refs]}. */
    private static boolean isExact(String rest) {
        String scope = rest.strip().split("[\\s\\[]", 2)[0];
        return scope.equals("EXACT");
    }

    /** Whether the synonym's reference list (or type) names SNOMED CT as its source. */
    static boolean mentionsSnomed(String rest) {
        return rest.toUpperCase(Locale.ROOT).contains("SNOMED");
    }

    /** A quoted value: {@code "text with \" escapes" [refs]}. */
    static Quoted quoted(OboReader.Tag tag, String what) throws MalformedStanzaException {
        String value = tag.value();
        if (!value.startsWith("\"")) {
            throw new MalformedStanzaException(tag.line(), what + " does not start with a quote");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                if (i + 1 == value.length()) {
                    break;
                }
                text.append(escaped(value.charAt(++i)));
            } else if (c == '"') {
                return new Quoted(text.toString(), value.substring(i + 1));
            } else {
                text.append(c);
            }
        }
        throw new MalformedStanzaException(tag.line(), what + " has an unterminated quote");
    }

    /** OBO escapes: {@code \n}, {@code \t} and {@code \W} are white space, others the character itself. */
    private static char escaped(char c) {
        return switch (c) {
            case 'n', 't', 'W' -> ' ';
            default -> c;
        };
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                out.append(escaped(value.charAt(++i)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * An unquoted value without its trailing modifiers ({@code {...}}) and comment ({@code ! ...}),
     * each recognised after white space; an escaped {@code \!} or {@code \{} is kept.
     */
    static String plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if ((c == '!' || (c == '{' && value.indexOf('}', i) > 0))
                    && (i == 0 || Character.isWhitespace(value.charAt(i - 1)))) {
                return value.substring(0, i).strip();
            }
        }
        return value.strip();
    }
}
