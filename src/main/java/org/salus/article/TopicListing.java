package org.salus.article;

/**
 * Which published articles are listed as health topics, and where readers find each article.
 * Every content type but quizzes and governance pages is a health topic at {@code /topics/{slug}};
 * a quiz has its own pages under {@code /quizzes} (its {@code /topics} address moves there), a
 * governance page its address under {@code /about} ({@link GovernancePages}), and neither is listed
 * as health content. The A–Z and the JSON
 * API's article list show topics only, and the sitemap's topic files list topics only (quizzes
 * have files of their own); the Atom feed and search list both, each at its {@link #path}. All of
 * them apply this beside {@link ReaderVisibility}: in SQL with {@link #sql} and {@link #quizSql},
 * in Java with {@link #lists}.
 */
public final class TopicListing {

    /** Where a quiz is read and taken. */
    public static final String QUIZ_PREFIX = "/quizzes/";

    /** Where every other article is read. */
    public static final String TOPIC_PREFIX = "/topics/";

    private TopicListing() {}

    /** Whether an article of this type is listed as a health topic: not a quiz, not a governance page. */
    public static boolean lists(ContentType type) {
        return type != ContentType.QUIZ && type != ContentType.PAGE;
    }

    /**
     * The reader's address of an article: {@code /quizzes/{slug}} for a quiz, a governance page's
     * address under {@code /about} ({@link GovernancePages}), else {@code /topics/{slug}}.
     */
    public static String path(ContentType type, String slug) {
        if (type == ContentType.PAGE) {
            return GovernancePages.path(slug);
        }
        return (lists(type) ? TOPIC_PREFIX : QUIZ_PREFIX) + slug;
    }

    /** A SQL condition, in parentheses, that holds for topic articles; {@code articleAlias} names the article table. */
    public static String sql(String articleAlias) {
        return "(" + articleAlias + ".content_type NOT IN ('" + ContentType.QUIZ.code() + "', '"
                + ContentType.PAGE.code() + "'))";
    }

    /**
     * A SQL condition, in parentheses, that holds for health content (topics and quizzes) and not
     * for governance pages: search, the feed, reviewer profiles and the dictionary's "articles that
     * use this word" list health content only.
     */
    public static String healthSql(String articleAlias) {
        return "(" + articleAlias + ".content_type <> '" + ContentType.PAGE.code() + "')";
    }

    /** A SQL condition, in parentheses, that holds for what the sitemap lists as pages: topics and governance pages. */
    public static String pageOrTopicSql(String articleAlias) {
        return "(" + articleAlias + ".content_type <> '" + ContentType.QUIZ.code() + "')";
    }

    /** The opposite of {@link #sql}: a SQL condition, in parentheses, that holds for quizzes. */
    public static String quizSql(String articleAlias) {
        return "(" + articleAlias + ".content_type = '" + ContentType.QUIZ.code() + "')";
    }
}
