package org.salus.story;

/** Addresses of the stories pages. */
final class StoryPaths {

    private StoryPaths() {}

    static String question(Question q) {
        return "/topics/" + q.articleSlug() + "/questions/" + q.slug();
    }
}
