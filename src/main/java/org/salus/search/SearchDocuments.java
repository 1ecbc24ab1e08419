package org.salus.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Turns a {@link Searchable} into the index's document. */
final class SearchDocuments {

    private SearchDocuments() {}

    static Document of(Searchable item) {
        String language = Analyzers.LANGUAGES.contains(item.language()) ? item.language() : "en";
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, item.key(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, item.kind().code(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.KIND, new BytesRef(item.kind().code())));
        doc.add(new StringField(Fields.LANGUAGE, language, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.LANGUAGE, new BytesRef(language)));
        doc.add(new StoredField(Fields.TYPE, item.type()));
        doc.add(new StoredField(Fields.SLUG, item.slug()));
        doc.add(new StoredField(Fields.TITLE_STORED, item.title()));
        for (String name : item.alsoCalled()) {
            doc.add(new StoredField(Fields.ALSO_STORED, name));
        }
        doc.add(new StoredField(Fields.SUMMARY_STORED, item.summary()));
        if (item.source() != null) {
            doc.add(new StoredField(Fields.SOURCE, item.source()));
            doc.add(new NumericDocValuesField(Fields.SYNDICATED, 1));
        }
        // Read for the ranked window only: which hits are the same page published twice.
        doc.add(new SortedDocValuesField(Fields.SAME_AS, new BytesRef(Duplicates.key(item))));

        doc.add(new TextField(Fields.text(Fields.TITLE, language), item.title(), Field.Store.NO));
        for (String name : item.alsoCalled()) {
            doc.add(new TextField(Fields.text(Fields.ALSO, language), name, Field.Store.NO));
        }
        doc.add(new TextField(Fields.text(Fields.HEADINGS, language), item.headings(), Field.Store.NO));
        doc.add(new TextField(Fields.text(Fields.SUMMARY, language), item.summary(), Field.Store.NO));
        // Stored for highlighting, the only field snippets are cut from.
        doc.add(new TextField(Fields.text(Fields.BODY, language), item.body(), Field.Store.YES));

        doc.add(new TextField(Fields.SPELL, item.title(), Field.Store.NO));
        for (String name : item.alsoCalled()) {
            doc.add(new TextField(Fields.SPELL, name, Field.Store.NO));
            doc.add(new TextField(Fields.PREFIX, name, Field.Store.NO));
        }
        doc.add(new TextField(Fields.SPELL, item.summary() + "\n" + item.body(), Field.Store.NO));
        doc.add(new TextField(Fields.PREFIX, item.title(), Field.Store.NO));

        Set<String> codes = new LinkedHashSet<>();
        Set<String> ancestors = new LinkedHashSet<>();
        for (String systemAndCode : item.codes()) {
            int bar = systemAndCode.indexOf('|');
            String system = systemAndCode.substring(0, bar);
            String code = Codes.normalise(systemAndCode.substring(bar + 1));
            codes.add(code);
            codes.add(system + "|" + code);
            if ("ICD-10-CM".equals(system) && Codes.isIcd10(code)) {
                ancestors.addAll(Codes.ancestors(code));
            }
        }
        codes.forEach(code -> doc.add(new StringField(Fields.CODE, code, Field.Store.NO)));
        // A page with few codes is about them; one with many merely lists them (ranking exact matches).
        doc.add(new NumericDocValuesField(Fields.CODE_COUNT, codes.size() / 2));
        ancestors.forEach(code -> doc.add(new StringField(Fields.CODE_ANCESTOR, code, Field.Store.NO)));
        return doc;
    }
}
