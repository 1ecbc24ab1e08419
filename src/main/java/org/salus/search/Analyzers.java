package org.salus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysers of the index. Text fields exist once per language ({@code title_en},
 * {@code body_es}, ...) so each language gets its own stop words and stemmer; names, spelling and
 * type-ahead use language-neutral word forms (lower case, accents folded).
 */
@org.springframework.stereotype.Component
final class Analyzers {

    static final List<String> LANGUAGES = List.of("en", "es");

    private final Map<String, Analyzer> byLanguage = Map.of("en", new EnglishAnalyzer(), "es", new SpanishAnalyzer());
    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
        }
    };
    /** Every word start of a name, so "hyp" finds "Hypertension" and "blood pr" finds "High blood pressure". */
    private final Analyzer prefixes = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, new EdgeNGramTokenFilter(stream, 1, 20, true));
        }
    };

    private final Analyzer index;

    Analyzers() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String language : LANGUAGES) {
            for (String field : Fields.TEXT) {
                fields.put(Fields.text(field, language), byLanguage.get(language));
            }
        }
        fields.put(Fields.PREFIX, prefixes);
        index = new PerFieldAnalyzerWrapper(words, fields);
    }

    /** For the index writer: each field with its analyser. */
    Analyzer index() {
        return index;
    }

    Analyzer language(String language) {
        Analyzer analyzer = byLanguage.get(language);
        return analyzer != null ? analyzer : byLanguage.get("en");
    }

    /** Language-neutral words of {@code text}: lower case, accents folded, no stemming. */
    List<String> words(String text) {
        return tokens(words, Fields.SPELL, text);
    }

    /** The terms {@code text} becomes in a text field of this language (stop words gone, stemmed). */
    List<String> terms(String language, String text) {
        return tokens(language(language), Fields.text(Fields.BODY, language), text);
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return tokens;
    }
}
