package org.salus.dictionary.linking;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names behind {@link TermLinker}, in a trie, and the search for them in one text node.
 *
 * <p>Names are folded to lower case one {@code char} at a time, and so is the text as it is read,
 * so a match is exactly as long as its name. Only whole words match, so a match begins where a
 * word may begin, and its first word is the whole first word of the name: "insulin" cannot start
 * "insulinoma". So the search reads the text word by word and looks each word up, by its hash, in
 * a table of the names' first words, which gives the trie node after it; only then does it walk
 * the trie, on from the end of the word, until the text leaves the trie. Most words are not the
 * first word of a name, and for most that are the walk ends a char or two later, however many
 * names there are. (Names that begin with punctuation are walked from the root.)
 *
 * <p>The trie is compact, as its walk is bound by memory reads: one int array, no object per
 * node, and a run of chars without a branch (most of "adenocarcinoma of the lung") is one edge,
 * read from a char array, not a node per char.
 */
final class Names {

    /** Letters and digits: the ASCII chars that are part of a word. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private static final int[] NONE = {};

    // FIELDS ints per node, node 0 the root. The edge leading to a node is its LABEL char, then
    // the chars edges[EDGE, EDGE_END). Its children are nodes FIRST until END, sorted by LABEL.
    // TERM is the index of the term whose name the edge ends, or -1. Nodes are numbered level by
    // level, so the first levels sit together. Each first word of a name ends at a node.
    private static final int LABEL = 0;
    private static final int EDGE = 1;
    private static final int EDGE_END = 2;
    private static final int FIRST = 3;
    private static final int END = 4;
    private static final int TERM = 5;
    private static final int FIELDS = 6;

    // The first words, in an open-addressing hash table at most a quarter full: the hash of the
    // word in each slot (0: empty; kept apart so a probe reads little), and in WORD_FIELDS ints
    // per slot, the NODE after the word and the word itself, words[KEY, KEY_END).
    private static final int NODE = 0;
    private static final int KEY = 1;
    private static final int KEY_END = 2;
    private static final int WORD_FIELDS = 3;

    private final int[] trie;
    private final char[] edges;
    private final int[] rootChild = new int[128]; // the root's child by ASCII char, or -1
    private final int[] hashes;
    private final int[] firstWords;
    private final char[] words;

    private Names(int[] trie, char[] edges, Set<String> firstWords) {
        this.trie = trie;
        this.edges = edges;
        for (char c = 0; c < 128; c++) {
            rootChild[c] = search(0, c);
        }
        int slots = Integer.highestOneBit(Math.max(1, firstWords.size()) * 4);
        this.hashes = new int[slots];
        this.firstWords = new int[slots * WORD_FIELDS];
        StringBuilder words = new StringBuilder();
        for (String word : firstWords) {
            char[] chars = word.toCharArray();
            int hash = (int) (word(chars, 0) >>> 32);
            int slot = hash & (slots - 1);
            while (hashes[slot] != 0) {
                slot = (slot + 1) & (slots - 1);
            }
            hashes[slot] = hash;
            this.firstWords[slot * WORD_FIELDS + NODE] = nodeAfter(chars);
            this.firstWords[slot * WORD_FIELDS + KEY] = words.length();
            this.firstWords[slot * WORD_FIELDS + KEY_END] = words.append(word).length();
        }
        this.words = words.toString().toCharArray();
    }

    /**
     * A trie of these names, each mapped to the index of its term. The names must be folded with
     * {@link #fold} and not empty.
     */
    static Names of(Map<String, Integer> termOfName) {
        String[] names = termOfName.keySet().toArray(String[]::new);
        Arrays.sort(names); // by char: the names below a node are a range, the node's own name first
        int capacity = 1;
        int[] firstWordEnd = new int[names.length];
        Set<String> firstWords = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            capacity += names[i].length();
            firstWordEnd[i] = (int) word(names[i].toCharArray(), 0);
            if (firstWordEnd[i] > 0) {
                firstWords.add(names[i].substring(0, firstWordEnd[i]));
            }
        }
        int[] trie = new int[capacity * FIELDS];
        char[] edges = new char[capacity];
        int edgeChars = 0;
        // While building, the names below node n are names[from[n], to[n]), sharing depth[n] chars.
        int[] from = new int[capacity];
        int[] to = new int[capacity];
        int[] depth = new int[capacity];
        to[0] = names.length;
        int nodes = 1;
        for (int n = 0; n < nodes; n++) {
            int i = from[n];
            int d = depth[n];
            trie[n * FIELDS + TERM] = -1;
            if (i < to[n] && names[i].length() == d) {
                trie[n * FIELDS + TERM] = termOfName.get(names[i++]);
            }
            trie[n * FIELDS + FIRST] = nodes;
            while (i < to[n]) {
                int j = i + 1;
                while (j < to[n] && names[j].charAt(d) == names[i].charAt(d)) {
                    j++;
                }
                // The names in [i, j) share the chars up to where the first and the last differ
                // (they are sorted), or the first ends: one edge, then a branch or a name's end,
                // cut where their first word ends so that the word ends at a node.
                int shared = d + 1;
                while (shared < names[i].length() && names[i].charAt(shared) == names[j - 1].charAt(shared)) {
                    shared++;
                }
                if (d < firstWordEnd[i] && firstWordEnd[i] < shared) {
                    shared = firstWordEnd[i];
                }
                trie[nodes * FIELDS + LABEL] = names[i].charAt(d);
                trie[nodes * FIELDS + EDGE] = edgeChars;
                names[i].getChars(d + 1, shared, edges, edgeChars);
                edgeChars += shared - d - 1;
                trie[nodes * FIELDS + EDGE_END] = edgeChars;
                from[nodes] = i;
                to[nodes] = j;
                depth[nodes] = shared;
                nodes++;
                i = j;
            }
            trie[n * FIELDS + END] = nodes;
        }
        return new Names(Arrays.copyOf(trie, nodes * FIELDS), Arrays.copyOf(edges, edgeChars), firstWords);
    }

    /**
     * The names to link in {@code text}, as {@code start, end, term} triples in text order (end
     * exclusive): whole words only; of overlapping matches the longest is kept, then the leftmost
     * (the rule of the Aho–Corasick library this replaced, with {@code ignoreOverlaps()}).
     */
    int[] find(String text) {
        char[] chars = text.toCharArray(); // quicker to read than the String, char by char
        int[] found = NONE;
        int size = 0;
        int length = chars.length;
        for (int start = 0; start < length; start++) {
            if (start > 0 && isWordPartBefore(chars, start)) {
                continue;
            }
            // A match from here begins with the whole word here (or, if no word begins here, with
            // punctuation: walked from the root).
            long word = word(chars, start);
            int wordEnd = (int) word;
            int n = wordEnd > start ? firstWord(chars, start, wordEnd, (int) (word >>> 32)) : 0;
            for (int i = wordEnd; n >= 0; ) {
                // The text from start to i leads to node n: a match if a name ends here, then on.
                int term = trie[n * FIELDS + TERM];
                if (term >= 0 && (i == length || !isWordPartAt(chars, i))) {
                    if (size == found.length) {
                        found = Arrays.copyOf(found, Math.max(12, size * 2));
                    }
                    found[size++] = start;
                    found[size++] = i;
                    found[size++] = term;
                }
                if (i == length || (n = child(n, fold(chars[i++]))) < 0) {
                    break;
                }
                for (int edge = trie[n * FIELDS + EDGE]; edge < trie[n * FIELDS + EDGE_END]; edge++, i++) {
                    if (i == length || fold(chars[i]) != edges[edge]) {
                        n = -1; // the text leaves the trie inside the edge
                        break;
                    }
                }
            }
            start = Math.max(start, wordEnd); // no match begins inside the word
        }
        if (size <= 3) {
            return size == 0 ? NONE : Arrays.copyOf(found, size);
        }
        return withoutOverlaps(found, size);
    }

    /**
     * The word beginning at {@code chars[from]}: its end (the first char not part of it) in the low
     * half, and the hash of its folded chars, never 0, in the high half.
     */
    private static long word(char[] chars, int from) {
        int i = from;
        int hash = 0;
        while (i < chars.length) {
            char c = chars[i];
            if (c < 128) {
                if (!ASCII_WORD[c]) {
                    break;
                }
                hash = 31 * hash + fold(c);
                i++;
            } else {
                int codePoint = Character.codePointAt(chars, i);
                if (!isWordPart(codePoint)) {
                    break;
                }
                for (int end = i + Character.charCount(codePoint); i < end; i++) {
                    hash = 31 * hash + fold(chars[i]);
                }
            }
        }
        hash = (hash ^ (hash >>> 16)) | 1;
        return (long) hash << 32 | i;
    }

    /** The node after the first word {@code chars[from, to)}, or -1 if no name begins with it. */
    private int firstWord(char[] chars, int from, int to, int hash) {
        int mask = hashes.length - 1;
        for (int slot = hash & mask; hashes[slot] != 0; slot = (slot + 1) & mask) {
            int at = slot * WORD_FIELDS;
            if (hashes[slot] == hash && equalFolded(chars, from, to, firstWords[at + KEY], firstWords[at + KEY_END])) {
                return firstWords[at + NODE];
            }
        }
        return -1;
    }

    private boolean equalFolded(char[] chars, int from, int to, int key, int keyEnd) {
        if (to - from != keyEnd - key) {
            return false;
        }
        for (int i = from; i < to; i++, key++) {
            if (fold(chars[i]) != words[key]) {
                return false;
            }
        }
        return true;
    }

    /** The node at the end of the (folded) first word of a name: the root's descendant by its chars. */
    private int nodeAfter(char[] word) {
        int n = 0;
        int i = 0;
        while (i < word.length) {
            n = child(n, word[i]);
            i += 1 + trie[n * FIELDS + EDGE_END] - trie[n * FIELDS + EDGE];
        }
        return n;
    }

    /** The child of node {@code n} whose edge starts with {@code c}, or -1. */
    private int child(int n, char c) {
        return n == 0 && c < 128 ? rootChild[c] : search(n, c);
    }

    private int search(int n, char c) {
        int low = trie[n * FIELDS + FIRST];
        int high = trie[n * FIELDS + END] - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int label = trie[middle * FIELDS + LABEL];
            if (label < c) {
                low = middle + 1;
            } else if (label > c) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /**
     * Keeps the longest matches, then the leftmost, dropping those that overlap one already kept.
     * The matches come in text order (by start, then end), and stay in it. Only matches that
     * overlap can affect each other, so each run of overlapping matches is settled on its own.
     */
    private static int[] withoutOverlaps(int[] found, int size) {
        int[] kept = new int[size];
        int keptSize = 0;
        for (int from = 0; from < size; ) {
            int to = from + 3;
            int end = found[from + 1];
            while (to < size && found[to] < end) {
                end = Math.max(end, found[to + 1]);
                to += 3;
            }
            keptSize = keepLongest(found, from, to, kept, keptSize);
            from = to;
        }
        return Arrays.copyOf(kept, keptSize);
    }

    /** Appends to {@code kept} the matches of {@code found[from, to)} that win, in text order. */
    private static int keepLongest(int[] found, int from, int to, int[] kept, int keptSize) {
        int count = (to - from) / 3;
        if (count == 1) {
            System.arraycopy(found, from, kept, keptSize, 3);
            return keptSize + 3;
        }
        long[] order = new long[count]; // longest first, then leftmost: (MAX - length, index)
        for (int m = 0; m < count; m++) {
            int at = from + 3 * m;
            order[m] = (long) (Integer.MAX_VALUE - (found[at + 1] - found[at])) << 32 | m;
        }
        Arrays.sort(order);
        boolean[] wins = new boolean[count];
        for (int i = 0; i < count; i++) {
            int m = (int) order[i];
            wins[m] = true;
            for (int j = 0; j < i && wins[m]; j++) {
                int other = (int) order[j];
                wins[m] = !wins[other] || !overlap(found, from + 3 * m, from + 3 * other);
            }
        }
        for (int m = 0; m < count; m++) {
            if (wins[m]) {
                System.arraycopy(found, from + 3 * m, kept, keptSize, 3);
                keptSize += 3;
            }
        }
        return keptSize;
    }

    private static boolean overlap(int[] found, int a, int b) {
        return found[a] < found[b + 1] && found[b] < found[a + 1];
    }

    /** Lower case one char at a time, so lengths and positions stay put. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    static String fold(String name) {
        char[] folded = new char[name.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(name.charAt(i));
        }
        return new String(folded);
    }

    private static boolean isWordPartBefore(char[] text, int i) {
        char c = text[i - 1];
        return c < 128 ? ASCII_WORD[c] : isWordPart(Character.codePointBefore(text, i));
    }

    private static boolean isWordPartAt(char[] text, int i) {
        char c = text[i];
        return c < 128 ? ASCII_WORD[c] : isWordPart(Character.codePointAt(text, i));
    }

    /**
     * Letters, digits and combining marks are part of a word ("vitamin B1" does not match inside
     * "vitamin B12", "an" not inside "plan"); spaces and punctuation are not.
     */
    static boolean isWordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
