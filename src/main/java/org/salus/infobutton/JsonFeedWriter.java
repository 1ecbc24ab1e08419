package org.salus.infobutton;

import java.nio.charset.StandardCharsets;

import org.salus.infobutton.KnowledgeFeed.Category;
import org.salus.infobutton.KnowledgeFeed.Entry;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a knowledge response as JSON in the convention MedlinePlus Connect uses (SOA-IG §4.4):
 * a {@code feed} object; attributes as properties ({@code xml:lang} becomes {@code lang}); an
 * element's text as {@code _value}; {@code entry}, {@code link} and {@code category} always
 * arrays ({@code "entry": []} when nothing matched, which clients test for); {@code author} a
 * single object, as MedlinePlus sends it and its clients read it. Every string escapes
 * {@code < > & = '} and U+2028/U+2029, so the same bytes are safe inside a JSON-P call.
 */
final class JsonFeedWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .characterEscapes(new ScriptSafeEscapes())
                    .build())
            .build();

    private JsonFeedWriter() {}

    static byte[] write(KnowledgeFeed feed) {
        return MAPPER.writeValueAsBytes(tree(feed));
    }

    /** The JSON-P form: {@code /**}{@code /callback(json);}, the comment guarding against content sniffing. */
    static byte[] writeJsonp(KnowledgeFeed feed, String callback) {
        String json = MAPPER.writeValueAsString(tree(feed));
        return ("/**/" + callback + "(" + json + ");").getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode tree(KnowledgeFeed feed) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        ObjectNode out = root.putObject("feed");
        out.put("base", feed.base());
        out.put("lang", feed.language());
        text(out, "title", feed.title());
        text(out, "subtitle", feed.subtitle());
        ObjectNode author = out.putObject("author");
        value(author, "name", feed.authorName());
        value(author, "uri", feed.authorUri());
        value(out, "updated", AtomFeedWriter.time(feed.updated()));
        categories(out, feed.categories());
        value(out, "id", feed.id());
        ArrayNode entries = out.putArray("entry");
        for (Entry entry : feed.entries()) {
            ObjectNode e = entries.addObject();
            e.put("lang", entry.language());
            text(e, "title", entry.title());
            ObjectNode link = e.putArray("link").addObject();
            link.put("title", entry.title());
            link.put("rel", "alternate");
            link.put("type", "text/html");
            link.put("hreflang", entry.language());
            link.put("href", entry.href());
            value(e, "id", entry.id());
            value(e, "updated", AtomFeedWriter.time(entry.updated()));
            text(e, "summary", entry.summary());
            categories(e, entry.categories());
        }
        return root;
    }

    private static void categories(ObjectNode parent, Iterable<Category> categories) {
        ArrayNode array = parent.putArray("category");
        for (Category category : categories) {
            array.addObject().put("scheme", category.scheme()).put("term", category.term());
        }
    }

    private static void text(ObjectNode parent, String name, String value) {
        parent.putObject(name).put("_value", value).put("type", "text");
    }

    private static void value(ObjectNode parent, String name, String value) {
        parent.putObject(name).put("_value", value);
    }

    /**
     * Jackson's standard JSON escapes plus HTML-significant characters as {@code \}{@code u003c} and so
     * on (SOA-IG §4.4.1 rule 5), and the two line separators that end a JavaScript string.
     */
    static final class ScriptSafeEscapes extends CharacterEscapes {

        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            for (char c : new char[] {'<', '>', '&', '=', '\''}) {
                ASCII[c] = ESCAPE_STANDARD;
            }
        }

        private static final SerializedString LS = new SerializedString("\\u2028");
        private static final SerializedString PS = new SerializedString("\\u2029");

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
        }
    }
}
