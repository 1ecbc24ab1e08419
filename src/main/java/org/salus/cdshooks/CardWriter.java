package org.salus.cdshooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.salus.article.ArticleReader;
import org.salus.article.ArticleTranslations;
import org.salus.article.MedicalReview;
import org.salus.article.PublishedArticle;
import org.salus.article.Translation;
import org.salus.infobutton.KnowledgeMatcher;
import org.salus.markdown.MarkdownText;
import org.salus.web.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a matched article into a card. Cards are read by the clinician in the EHR, whose language the
 * request does not say, so their text is English; the links lead to the article in the patient's
 * language. A syndicated article's card says so in its summary and its detail.
 */
@Component
class CardWriter {

    static final int MAX_SUMMARY = 139;

    /** A card and the article it is about (for {@link CardsIssued}). */
    record Issued(Card card, long articleId) {}

    private static final Locale CLINICIAN = Locale.ENGLISH;

    private static final Map<String, String> LANGUAGE_NAMES = new ConcurrentHashMap<>();

    private final ArticleReader articles;
    private final ArticleTranslations translations;
    private final SiteProperties site;
    private final MessageSource messages;

    CardWriter(ArticleReader articles, ArticleTranslations translations, SiteProperties site, MessageSource messages) {
        this.articles = articles;
        this.translations = translations;
        this.site = site;
        this.messages = messages;
    }

    /** The card for {@code match}; empty if the article stopped being published since it was found. */
    Optional<Issued> card(KnowledgeMatcher.Match match, String baseUrl) {
        return articles.published(match.slug())
                .map(article -> new Issued(
                        new Card(
                                UUID.randomUUID().toString(),
                                summary(article),
                                detail(article, match),
                                "info",
                                new Card.Source(site.name(), baseUrl + "/about", topic(match.requested())),
                                links(article, baseUrl)),
                        article.articleId()));
    }

    private String summary(PublishedArticle article) {
        String key = article.syndication() != null ? "cdshooks.card.summarySyndicated" : "cdshooks.card.summary";
        String english = text(key, "", languageName(article.language()));
        String title = article.title();
        int room = MAX_SUMMARY - english.length();
        if (title.length() > room) {
            title = title.substring(0, Math.max(0, room - 1)).strip() + "…";
        }
        return text(key, title, languageName(article.language()));
    }

    private String detail(PublishedArticle article, KnowledgeMatcher.Match match) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(MarkdownText.escapeInline(article.title())).append("**");
        if (article.summary() != null && !article.summary().isBlank()) {
            md.append(": ").append(MarkdownText.escapeInline(article.summary().strip()));
        }
        md.append("\n\n");
        MedicalReview review = article.review();
        if (review != null) {
            String reviewer =
                    review.credentials() == null || review.credentials().isBlank()
                            ? review.reviewerName()
                            : review.reviewerName() + ", " + review.credentials();
            md.append(MarkdownText.escapeInline(
                    text("cdshooks.card.reviewed", reviewer, review.reviewedOn(), review.nextReviewDue())));
        } else if (article.syndication() != null) {
            md.append(MarkdownText.escapeInline(text(
                    "cdshooks.card.syndicated",
                    article.syndication().attribution(),
                    site.name(),
                    article.syndication().importedOn())));
        }
        md.append("\n\n");
        KnowledgeMatcher.Coding requested = match.requested();
        String system = systemName(requested.system());
        md.append(MarkdownText.escapeInline(
                match.rollUp() == 0
                        ? text("cdshooks.card.matched", system, requested.code())
                        : text("cdshooks.card.rolledUp", system, requested.code(), match.matchedCode())));
        return md.toString();
    }

    /** The article first, then its translations, English before the others (the usual fallback). */
    private List<Card.Link> links(PublishedArticle article, String baseUrl) {
        List<Card.Link> links = new ArrayList<>();
        links.add(link(article.title(), article.language(), article.slug(), baseUrl));
        translations.of(article.articleId()).stream()
                .sorted(Comparator.comparing((Translation t) -> !t.language().equals("en"))
                        .thenComparing(Translation::language))
                .forEach(t -> links.add(link(t.title(), t.language(), t.slug(), baseUrl)));
        return links;
    }

    private Card.Link link(String title, String language, String slug, String baseUrl) {
        return new Card.Link(title + " (" + languageName(language) + ")", baseUrl + "/topics/" + slug, "absolute");
    }

    private static Map<String, String> topic(KnowledgeMatcher.Coding coding) {
        Map<String, String> topic = new LinkedHashMap<>();
        topic.put("system", coding.system());
        topic.put("code", coding.code());
        if (coding.display() != null && !coding.display().isBlank()) {
            topic.put("display", coding.display());
        }
        return topic;
    }

    /** Kept per language (the articles' few): the JDK's locale lookup was a visible part of a card's cost. */
    private static String languageName(String language) {
        return LANGUAGE_NAMES.computeIfAbsent(
                language, tag -> Locale.forLanguageTag(tag).getDisplayLanguage(CLINICIAN));
    }

    private static String systemName(String uri) {
        return switch (uri) {
            case "http://hl7.org/fhir/sid/icd-10-cm" -> "ICD-10-CM";
            case "http://hl7.org/fhir/sid/icd-9-cm" -> "ICD-9-CM";
            case "http://snomed.info/sct" -> "SNOMED CT";
            case "http://www.nlm.nih.gov/research/umls/rxnorm" -> "RxNorm";
            case "http://loinc.org" -> "LOINC";
            default -> uri;
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CLINICIAN);
    }
}
