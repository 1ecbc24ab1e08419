package org.salus.changes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One committed change: its position in the log, its kind, and the things it touched. A change
 * names every article whose pages it alters (a publication also names the articles whose related
 * teasers or translation links show the published one), so caches drop only those.
 *
 * @param articles     ids of articles whose pages changed
 * @param slugs        current slugs of those articles (the page caches are keyed by slug)
 * @param allArticles  every article's pages may have changed (a reviewer's name, re-linked terms)
 * @param terms        ids of dictionary terms that changed
 * @param questions    ids of doctors' questions whose stories changed
 * @param apiKeys      ids of API keys issued or revoked
 * @param everything   anything may have changed (a restore): drop every cache, rebuild the index
 */
public record Change(
        long position,
        Kind kind,
        Set<Long> articles,
        Set<String> slugs,
        boolean allArticles,
        Set<Long> terms,
        Set<Long> questions,
        Set<Long> apiKeys,
        boolean everything) {

    /**
     * What happened, as stored in {@code change_log.kind}. Followers decide by the subjects a change
     * names; the kind says why, for logs and for the few followers that care (search ignores
     * re-linking, which changes no words).
     */
    public enum Kind {
        ARTICLE_PUBLISHED,
        ARTICLE_REVIEW_CONFIRMED,
        ARTICLE_RETIRED,
        ARTICLES_RELINKED,
        TRANSLATIONS_LINKED,
        /** The browse groups an article is filed under changed (docs/browse.md). */
        ARTICLE_GROUPS_CHANGED,
        TERMS_CHANGED,
        QUESTIONS_CHANGED,
        STORIES_CHANGED,
        REVIEWER_PROFILE_CHANGED,
        API_KEY_ISSUED,
        API_KEY_REVOKED,
        /** A backup was restored or merged: anything may have changed. */
        RESTORED
    }

    public Change {
        articles = Set.copyOf(articles);
        slugs = Set.copyOf(slugs);
        terms = Set.copyOf(terms);
        questions = Set.copyOf(questions);
        apiKeys = Set.copyOf(apiKeys);
    }

    /** A change to be appended (its position is given by the log). */
    public static Builder of(Kind kind) {
        return new Builder(kind);
    }

    /** Whether any article's pages (a topic page, a list, a feed entry) may differ after it. */
    public boolean touchesArticles() {
        return everything || allArticles || !articles.isEmpty();
    }

    public boolean touchesTerms() {
        return everything || !terms.isEmpty();
    }

    public boolean touchesApiKeys() {
        return everything || !apiKeys.isEmpty();
    }

    /** The subjects as stored: space-separated {@code kind:value} tokens. */
    String subjectsText() {
        List<String> tokens = new ArrayList<>();
        if (everything) {
            tokens.add("everything");
        }
        if (allArticles) {
            tokens.add("article:*");
        }
        articles.stream().sorted().forEach(id -> tokens.add("article:" + id));
        slugs.stream().sorted().forEach(slug -> tokens.add("slug:" + slug));
        terms.stream().sorted().forEach(id -> tokens.add("term:" + id));
        questions.stream().sorted().forEach(id -> tokens.add("question:" + id));
        apiKeys.stream().sorted().forEach(id -> tokens.add("api-key:" + id));
        return String.join(" ", tokens);
    }

    /**
     * Reads a stored row.
     *
     * @throws IllegalArgumentException when the kind or a subject is not one this version knows
     */
    static Change parse(long position, String kind, String subjects) {
        Builder builder = new Builder(Kind.valueOf(kind));
        for (String token :
                subjects.isBlank() ? new String[0] : subjects.strip().split(" +")) {
            builder.add(token);
        }
        return builder.at(position);
    }

    /** Collects the subjects of a change before it is appended. */
    public static final class Builder {
        private final Kind kind;
        private final Set<Long> articles = new LinkedHashSet<>();
        private final Set<String> slugs = new LinkedHashSet<>();
        private final Set<Long> terms = new LinkedHashSet<>();
        private final Set<Long> questions = new LinkedHashSet<>();
        private final Set<Long> apiKeys = new LinkedHashSet<>();
        private boolean allArticles;
        private boolean everything;

        private Builder(Kind kind) {
            this.kind = kind;
        }

        public Builder article(long id, String slug) {
            articles.add(id);
            slugs.add(slug);
            return this;
        }

        /** An article whose cached pages keyed by id change (its translations, its stories). */
        public Builder article(long id) {
            articles.add(id);
            return this;
        }

        public Builder allArticles() {
            allArticles = true;
            return this;
        }

        public Builder term(long id) {
            terms.add(id);
            return this;
        }

        public Builder terms(Iterable<Long> ids) {
            ids.forEach(terms::add);
            return this;
        }

        public Builder question(long id) {
            questions.add(id);
            return this;
        }

        public Builder apiKey(long id) {
            apiKeys.add(id);
            return this;
        }

        public Builder everything() {
            everything = true;
            return this;
        }

        Change at(long position) {
            return new Change(position, kind, articles, slugs, allArticles, terms, questions, apiKeys, everything);
        }

        private void add(String token) {
            int colon = token.indexOf(':');
            String type = colon < 0 ? token : token.substring(0, colon);
            String value = colon < 0 ? "" : token.substring(colon + 1);
            switch (type) {
                case "everything" -> everything = true;
                case "article" -> {
                    if (value.equals("*")) {
                        allArticles = true;
                    } else {
                        articles.add(Long.parseLong(value));
                    }
                }
                case "slug" -> slugs.add(value);
                case "term" -> terms.add(Long.parseLong(value));
                case "question" -> questions.add(Long.parseLong(value));
                case "api-key" -> apiKeys.add(Long.parseLong(value));
                default -> throw new IllegalArgumentException("unknown subject '" + token + "'");
            }
        }
    }
}
