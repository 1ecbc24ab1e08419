package org.salus.imports.medlineplus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salus.article.ChangeKind;
import org.salus.article.Code;
import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;
import org.salus.article.Slugs;
import org.salus.article.Source;
import org.salus.article.Teaser;
import org.salus.imports.ExternalArticle;

/**
 * Makes an article of a MedlinePlus topic:
 * <ul>
 * <li>title, "also called" names; the {@code meta-desc} as the summary, or the first sentence of
 * the full summary when a file has none;
 * <li>the full summary as sections ({@link TopicSummary});
 * <li>MeSH descriptors as {@code MESH} codes;
 * <li>sources: the MedlinePlus page first, then the topic's sites with their organisations (sites
 * MedlinePlus itself hides, "NON-DISPLAY", and links that are not http or https are left out);
 * <li>attribution "MedlinePlus, National Library of Medicine", naming the primary NIH institute
 * when the file does;
 * <li>a topic in the "Symptoms" group is a symptom page, any other a condition page.
 * </ul>
 * Lengths are cut to what the article tables hold.
 */
final class TopicToArticle {

    static final String SOURCE = "medlineplus";
    static final String ATTRIBUTION = "MedlinePlus, National Library of Medicine";
    static final String AUTHOR = "MedlinePlus importer";
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_NAME = 200;
    static final int MAX_SOURCE_TITLE = 300;
    static final int MAX_URL = 1000;
    static final int MAX_ATTRIBUTION = 300;

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://([a-z0-9.-]+)(?::\\d+)?(?:[/?#]|$)");
    private static final Set<String> SYMPTOM_GROUPS = Set.of("symptoms", "síntomas", "sintomas");

    private TopicToArticle() {}

    /** The site's language code for a topic's {@code language}: {@code en}, {@code es}, or null for any other. */
    static String languageCode(String language) {
        if (language == null) {
            return null;
        }
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "english", "en" -> "en";
            case "spanish", "español", "espanol", "es" -> "es";
            default -> null;
        };
    }

    /** Why {@code topic} cannot become an article, or null when it can. */
    static String problem(MedlinePlusTopic topic) {
        if (topic.refusal() != null) {
            return topic.refusal();
        }
        if (topic.id() == null) {
            return "the topic has no id";
        }
        if (topic.title() == null) {
            return "the topic has no title";
        }
        if (languageCode(topic.language()) == null) {
            return "its language '" + topic.language() + "' is not one this site publishes (English, Spanish)";
        }
        if (TopicSummary.of(topic.summaryHtml(), "en").sections().isEmpty()) {
            return "its full summary is missing or holds no text";
        }
        return null;
    }

    /**
     * The article for a topic that has no {@link #problem}.
     *
     * @param relatedSlugs the slugs of the related topics' articles that exist already
     * @param notes        receives a line for each site left out
     */
    static ExternalArticle article(MedlinePlusTopic topic, List<String> relatedSlugs, Consumer<String> notes) {
        String language = languageCode(topic.language());
        TopicSummary summary = TopicSummary.of(topic.summaryHtml(), language);
        String title = Teaser.cut(topic.title(), MAX_TITLE);
        String teaser = topic.metaDescription() != null ? topic.metaDescription() : summary.firstSentence();
        RevisionDraft draft = new RevisionDraft(
                title,
                Teaser.cut(teaser.isEmpty() ? title : teaser, MAX_SUMMARY),
                alsoCalled(topic),
                codes(topic),
                sources(topic, notes),
                relatedSlugs,
                summary.sections(),
                AUTHOR,
                "Imported from MedlinePlus topic " + topic.id(),
                ChangeKind.CLINICAL,
                List.of());
        return new ExternalArticle(
                SOURCE,
                topic.id(),
                attribution(topic),
                wantedSlug(topic, language),
                language,
                contentType(topic),
                draft);
    }

    /**
     * The title's slug. A Spanish topic spelt like its English one ("Asbestosis") asks for
     * {@code <slug>-es}, so the English page keeps the plain address whichever comes first.
     */
    static String wantedSlug(MedlinePlusTopic topic, String language) {
        String slug = Slugs.of(topic.title(), Slugs.MAX_LENGTH - 8);
        if (slug.isEmpty()) {
            slug = "medlineplus-" + Slugs.of(topic.id());
        }
        if (!"en".equals(language)) {
            for (MedlinePlusTopic.MappedTopic mapped : topic.translations()) {
                if (mapped.title() != null
                        && Slugs.of(mapped.title(), Slugs.MAX_LENGTH - 8).equals(slug)) {
                    return slug + "-" + language;
                }
            }
        }
        return slug;
    }

    static String attribution(MedlinePlusTopic topic) {
        if (topic.primaryInstitute() == null) {
            return ATTRIBUTION;
        }
        return Teaser.cut(
                ATTRIBUTION + " (primary NIH institute: "
                        + topic.primaryInstitute().name() + ")",
                MAX_ATTRIBUTION);
    }

    static ContentType contentType(MedlinePlusTopic topic) {
        boolean symptom = topic.groups().stream()
                .anyMatch(g ->
                        g.name() != null && SYMPTOM_GROUPS.contains(g.name().toLowerCase(Locale.ROOT)));
        return symptom ? ContentType.SYMPTOM : ContentType.CONDITION;
    }

    private static List<String> alsoCalled(MedlinePlusTopic topic) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : topic.alsoCalled()) {
            if (!name.equalsIgnoreCase(topic.title())) {
                names.add(Teaser.cut(name, MAX_NAME));
            }
        }
        return List.copyOf(names);
    }

    private static List<Code> codes(MedlinePlusTopic topic) {
        Map<String, Code> codes = new LinkedHashMap<>();
        for (MedlinePlusTopic.MeshHeading heading : topic.meshHeadings()) {
            String id = heading.descriptorId();
            if (id != null && id.length() <= 40) {
                codes.putIfAbsent(
                        id, new Code("MESH", id, Teaser.cut(heading.name() != null ? heading.name() : id, MAX_NAME)));
            }
        }
        return List.copyOf(codes.values());
    }

    private static List<Source> sources(MedlinePlusTopic topic, Consumer<String> notes) {
        Map<String, Source> sources = new LinkedHashMap<>();
        String page = webAddress(topic.url());
        sources.put(
                page == null ? "" : page,
                new Source(ATTRIBUTION, Teaser.cut(topic.title(), MAX_SOURCE_TITLE), page, null));
        if (topic.primaryInstitute() != null) {
            String url = webAddress(topic.primaryInstitute().url());
            String name = Teaser.cut(topic.primaryInstitute().name(), MAX_NAME);
            sources.putIfAbsent(
                    url == null ? name : url,
                    new Source(name, Teaser.cut(topic.primaryInstitute().name(), MAX_SOURCE_TITLE), url, null));
        }
        for (MedlinePlusTopic.Site site : topic.sites()) {
            if (site.categories().stream()
                    .anyMatch(c -> c.toUpperCase(Locale.ROOT).startsWith("NON-DISPLAY"))) {
                continue; // MedlinePlus lists these for its own use and does not show them
            }
            String url = webAddress(site.url());
            if (url == null || site.title() == null) {
                notes.accept("line " + topic.line() + ": topic " + topic.id() + ": site '" + site.title()
                        + "' has no title or no http(s) address (" + site.url() + "); left out");
                continue;
            }
            sources.putIfAbsent(
                    url, new Source(organisation(site, url), Teaser.cut(site.title(), MAX_SOURCE_TITLE), url, null));
        }
        return new ArrayList<>(sources.values());
    }

    /** Who publishes a site: its organisations, or for NLM's own pages (no organisation given) NLM. */
    private static String organisation(MedlinePlusTopic.Site site, String url) {
        if (!site.organizations().isEmpty()) {
            return Teaser.cut(String.join(", ", new LinkedHashSet<>(site.organizations())), MAX_NAME);
        }
        Matcher address = WEB_ADDRESS.matcher(url);
        String host = address.lookingAt() ? address.group(1).toLowerCase(Locale.ROOT) : url;
        if (host.endsWith("nlm.nih.gov") || host.endsWith("medlineplus.gov")) {
            return "National Library of Medicine";
        }
        return Teaser.cut(host, MAX_NAME);
    }

    /**
     * {@code url} when it is an absolute http or https address without spaces that fits the
     * table; null otherwise. (Not {@link java.net.URI}: MedlinePlus's PubMed links carry
     * brackets, which browsers accept and {@code URI} does not.)
     */
    static String webAddress(String url) {
        if (url == null
                || url.length() > MAX_URL
                || !WEB_ADDRESS.matcher(url).lookingAt()
                || url.matches(".*[\\s<>\"].*")) {
            return null;
        }
        return url;
    }
}
