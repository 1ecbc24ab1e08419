package org.salus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The ranked hits with exact duplicates ({@link Duplicates}) folded into the first of them: the same
 * page published by two sources is one result that names the other. Only the ranked window is
 * read (one doc value per hit), never the whole result set, so a duplicate is folded when both
 * copies fall within the pages ranked for the request.
 *
 * @param docs       the hits left, in order
 * @param folded     for a hit left (by document number), the documents folded into it
 * @param foldedAway how many hits were folded
 * @param all        whether every hit of the query was ranked (then the count after folding is exact)
 */
record Folded(List<ScoreDoc> docs, Map<Integer, List<Integer>> folded, int foldedAway, boolean all) {

    /** Folding may leave fewer hits than a page needs: ranks further, a few times at most. */
    private static final int TRIES = 3;

    static Folded of(IndexSearcher searcher, Search.Ranking ranking, int needed) throws IOException {
        int asked = Math.min(needed, Search.MAX_WINDOW);
        Folded folded = null;
        for (int tries = 0; tries < TRIES; tries++) {
            List<ScoreDoc> ranked = ranking.first(asked);
            folded = fold(searcher, ranked, ranked.size() < asked);
            if (folded.docs().size() >= needed || folded.all() || asked >= Search.MAX_WINDOW) {
                break;
            }
            asked = Math.min(Search.MAX_WINDOW, asked + folded.foldedAway() + Search.PAGE_SIZE);
        }
        return folded;
    }

    private static Folded fold(IndexSearcher searcher, List<ScoreDoc> ranked, boolean all) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<String, Integer> firstByKey = new HashMap<>();
        Map<Integer, List<Integer>> folded = new LinkedHashMap<>();
        List<ScoreDoc> kept = new ArrayList<>(ranked.size());
        for (ScoreDoc hit : ranked) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            // A fresh iterator per hit: the hits are in rank order, not document order.
            SortedDocValues sameAs = leaf.reader().getSortedDocValues(Fields.SAME_AS);
            String key = sameAs != null && sameAs.advanceExact(hit.doc - leaf.docBase)
                    ? sameAs.lookupOrd(sameAs.ordValue()).utf8ToString()
                    : null;
            Integer first = key == null ? null : firstByKey.putIfAbsent(key, hit.doc);
            if (first == null) {
                kept.add(hit);
            } else {
                folded.computeIfAbsent(first, k -> new ArrayList<>()).add(hit.doc);
            }
        }
        return new Folded(kept, folded, ranked.size() - kept.size(), all);
    }

    /** Who published the copies folded into this hit: their sources, the site's own copy as null. */
    List<String> alsoFrom(StoredFields stored, int doc) throws IOException {
        List<Integer> copies = folded.get(doc);
        if (copies == null) {
            return List.of();
        }
        List<String> sources = new ArrayList<>(copies.size());
        for (int copy : copies) {
            String source =
                    stored.document(copy, java.util.Set.of(Fields.SOURCE)).get(Fields.SOURCE);
            if (!sources.contains(source)) {
                sources.add(source);
            }
        }
        return sources;
    }
}
