package org.salus.search;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.LongStream;

/**
 * A {@link SearchSource} that serves generated articles (ids 0 to count - 1) and terms instead of
 * database rows, for the search benchmark and tests that need an index of some size.
 */
class GeneratedSource extends SearchSource {

    private final int count;
    private final IntFunction<Searchable> article;
    private final List<Searchable> terms;
    private final List<List<String>> nameGroups;

    GeneratedSource(int count, IntFunction<Searchable> article, List<Searchable> terms, List<List<String>> nameGroups) {
        super(null);
        this.count = count;
        this.article = article;
        this.terms = terms;
        this.nameGroups = nameGroups;
    }

    @Override
    List<Long> publishedArticleIds() {
        return LongStream.range(0, count).boxed().toList();
    }

    @Override
    void eachArticle(Consumer<Searchable> consumer) {
        for (int i = 0; i < count; i++) {
            consumer.accept(article.apply(i));
        }
    }

    @Override
    List<Searchable> articles(List<Long> ids) {
        return ids.stream().map(id -> article.apply(id.intValue())).toList();
    }

    @Override
    List<Searchable> terms() {
        return terms;
    }

    @Override
    List<List<String>> nameGroups() {
        return nameGroups;
    }
}
