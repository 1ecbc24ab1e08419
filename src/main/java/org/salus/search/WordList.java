package org.salus.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.NoOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * General English and Spanish words, so that a real word the site's own text does not use ("kids",
 * "clamp") is never "corrected". The lists are Debian's {@code wamerican} (SCOWL, size 50: about
 * 100,000 words, Kevin Atkinson's permissive licence) and {@code wspanish} (about 86,000 words,
 * public domain), shipped as they are in {@code search/words/} with their copyright files.
 *
 * <p>Words are held as the index's spelling words are (lower case, accents folded), in one Lucene
 * FST: about a megabyte of heap where a set of strings would take fifteen.
 */
final class WordList {

    static final List<String> RESOURCES = List.of("search/words/american-english.gz", "search/words/spanish.gz");

    /** Both lists, loaded once when the first speller is made (at start-up, with the search service). */
    static final WordList GENERAL = load(RESOURCES);

    private final FST<Object> words;
    private final int size;

    private WordList(FST<Object> words, int size) {
        this.words = words;
        this.size = size;
    }

    /**
     * Whether {@code word} (a language-neutral word: lower case, accents folded) is a word of the
     * lists. The Spanish list has no plurals, so a plural whose singular is listed counts too
     * ("efectos", "niños"; "presiones" from "presion").
     */
    boolean knows(String word) {
        if (contains(word)) {
            return true;
        }
        return word.length() > 3
                && word.endsWith("s")
                && (contains(word.substring(0, word.length() - 1))
                        || (word.endsWith("es") && contains(word.substring(0, word.length() - 2))));
    }

    int size() {
        return size;
    }

    /** The heap the words take. */
    long ramBytesUsed() {
        return words == null ? 0 : words.ramBytesUsed();
    }

    private boolean contains(String word) {
        if (words == null) {
            return false;
        }
        try {
            return Util.get(words, new BytesRef(word)) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an FST on the heap does not fail
        }
    }

    static WordList load(List<String> resources) {
        List<BytesRef> all = new ArrayList<>(200_000);
        for (String resource : resources) {
            read(resource, all);
        }
        all.sort(null); // FSTs take their inputs in byte order
        try {
            FSTCompiler<Object> compiler =
                    new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, NoOutputs.getSingleton()).build();
            IntsRefBuilder scratch = new IntsRefBuilder();
            BytesRef previous = null;
            int size = 0;
            for (BytesRef word : all) {
                if (!word.equals(previous)) {
                    compiler.add(
                            Util.toIntsRef(word, scratch),
                            NoOutputs.getSingleton().getNoOutput());
                    previous = word;
                    size++;
                }
            }
            if (size == 0) {
                return new WordList(null, 0);
            }
            return new WordList(FST.fromFSTReader(compiler.compile(), compiler.getFSTReader()), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One gzipped list, a word a line; possessives ("kid's") and other words with marks are left out. */
    private static void read(String resource, List<BytesRef> into) {
        InputStream raw = WordList.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("The word list " + resource + " is missing from the application");
        }
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                String word = fold(line.strip());
                if (!word.isEmpty() && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    into.add(new BytesRef(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower case with accents folded, as {@link Analyzers#words} makes the query's words. */
    static String fold(String word) {
        char[] input = word.toLowerCase(Locale.ROOT).toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }
}
