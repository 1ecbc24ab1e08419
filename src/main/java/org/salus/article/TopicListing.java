package org.salus.article;

/**
 * Which published articles are listed as health topics: every content type but quizzes, which have
 * their own pages under {@code /quizzes} (a quiz's {@code /topics} address moves there). The A–Z, the
 * JSON API's article list, the Atom feed and the sitemap's topic addresses apply it, beside
 * {@link ReaderVisibility}: in SQL with {@link #sql}, in Java with {@link #lists}.
 */
public final class TopicListing {

    private TopicListing() {}

    /** Whether an article of this type is listed as a health topic. */
    public static boolean lists(ContentType type) {
        return type != ContentType.QUIZ;
    }

    /** A SQL condition, in parentheses, that holds for topic articles; {@code articleAlias} names the article table. */
    public static String sql(String articleAlias) {
        return "(" + articleAlias + ".content_type <> '" + ContentType.QUIZ.code() + "')";
    }
}
