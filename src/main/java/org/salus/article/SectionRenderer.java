package org.salus.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.salus.web.SafetyProperties;

/**
 * Turns the sections of a draft into stored sections: rendered HTML and a stable anchor each.
 * The anchor of a typed section is its type ({@code #symptoms}), so links into an article keep
 * working when a heading is reworded; free-form sections take their heading's words.
 */
public final class SectionRenderer {

    private static final int MAX_ANCHOR = 60;

    private final Function<String, MarkdownRenderer> markdown;
    private final Map<String, MarkdownRenderer> byLanguage = new ConcurrentHashMap<>();

    /** Callouts with the built-in US numbers. */
    public SectionRenderer() {
        this(new SafetyProperties(Map.of()));
    }

    /** Callouts with the site's emergency numbers ({@code salus.safety.*}). */
    SectionRenderer(SafetyProperties safety) {
        this.markdown = language -> new MarkdownRenderer(new CalloutTitles(safety, language));
    }

    /** The sections of an English article. */
    public List<Section> render(List<SectionDraft> drafts) {
        return render(drafts, "en");
    }

    /** The sections of an article in this language: callout headings are in it. */
    public List<Section> render(List<SectionDraft> drafts, String language) {
        MarkdownRenderer markdown = byLanguage.computeIfAbsent(language, this.markdown);
        Set<String> used = new HashSet<>();
        List<Section> sections = new ArrayList<>(drafts.size());
        for (SectionDraft draft : drafts) {
            String base = draft.type() == SectionType.OTHER
                    ? Slugs.of(draft.heading(), MAX_ANCHOR - 4)
                    : draft.type().code();
            String anchor = unique(base.isEmpty() ? "section" : base, used);
            sections.add(new Section(
                    draft.type(),
                    draft.heading().strip(),
                    anchor,
                    draft.markdown(),
                    markdown.render(draft.markdown())));
        }
        return sections;
    }

    private static String unique(String base, Set<String> used) {
        String anchor = base;
        for (int n = 2; !used.add(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }
}
