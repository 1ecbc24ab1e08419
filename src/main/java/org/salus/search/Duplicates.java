package org.salus.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two indexed pages the same page published twice (the same NIH text imported from two
 * collections, say): the same kind, type and language, and the same title and summary once case,
 * accents, punctuation and spacing are set aside. Such pages fold into one result that names the
 * other publishers; pages that merely share a title stay apart (and show their source).
 */
final class Duplicates {

    private Duplicates() {}

    /** A short digest of what must be equal; stored as doc values, so the ranked window reads it cheaply. */
    static String key(Searchable item) {
        String whole = item.kind().code()
                + '\n'
                + item.type()
                + '\n'
                + item.language()
                + '\n'
                + normalised(item.title())
                + '\n'
                + normalised(item.summary());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(whole.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Lower case, without accents, punctuation or repeated spaces: "Diabetes, Type 2 " = "diabetes type 2". */
    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
