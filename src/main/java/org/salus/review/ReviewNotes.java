package org.salus.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.salus.article.ArticleRow;
import org.salus.article.ReviewComment;
import org.salus.article.Section;

/**
 * {@code editor/reviewComments.jte}: the reviewers' comments of a revision's review round, shown to
 * the writer where they work (the revision page and the editor form), and the address of the diff
 * between the live revision and this one (null when there is no other live revision).
 *
 * @param headings each section's heading by anchor, to name the section a comment is about
 */
public record ReviewNotes(List<ReviewComment> comments, Map<String, String> headings, String diffUrl) {

    static ReviewNotes of(ArticleRow article, long revisionId, List<Section> sections, List<ReviewComment> comments) {
        Map<String, String> headings = new LinkedHashMap<>();
        sections.forEach(s -> headings.put(s.anchor(), s.heading()));
        Long live = article.publishedRevisionId();
        String diff = live == null || live == revisionId
                ? null
                : "/editor/articles/" + article.slug() + "/diff?from=" + live + "&to=" + revisionId;
        return new ReviewNotes(List.copyOf(comments), headings, diff);
    }

    /** Nothing to show: no comment and no live revision to compare with. */
    public boolean isEmpty() {
        return comments.isEmpty() && diffUrl == null;
    }

    /** The comments about one section, by the section's anchor, for the preview to show beside it. */
    public Map<String, List<ReviewComment>> bySection() {
        return comments.stream()
                .filter(c -> c.sectionAnchor() != null)
                .collect(Collectors.groupingBy(ReviewComment::sectionAnchor, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The heading of the section a comment is about; its anchor when this revision no longer has
     * that section (it was renamed since the comment).
     */
    public String heading(ReviewComment comment) {
        return headings.getOrDefault(comment.sectionAnchor(), comment.sectionAnchor());
    }
}
