package org.salus.quality;

import java.util.List;

import org.salus.article.Section;
import org.springframework.stereotype.Component;

/** The quality report of an article's text, with the dictionary's words in its language. */
@Component
public class ArticleQuality {

    private final KnownTerms terms;
    private final int minScore;

    ArticleQuality(KnownTerms terms, QualityProperties settings) {
        this.terms = terms;
        this.minScore = settings.minScore();
    }

    public QualityReport of(String language, String title, String summary, List<Section> sections) {
        return QualityChecker.check(
                new QualityText(
                        language,
                        title,
                        summary,
                        sections.stream()
                                .map(s -> new QualityText.Part(s.heading(), s.html()))
                                .toList()),
                terms.inLanguage(language));
    }

    /** The report with the configured limit, for the panel. */
    public QualityPanel panel(String language, String title, String summary, List<Section> sections) {
        return new QualityPanel(of(language, title, summary, sections), minScore);
    }

    public int minScore() {
        return minScore;
    }
}
