package org.salus.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.salus.article.MedicalWebPageJsonLd;
import org.salus.article.Option;
import org.salus.article.PublishedArticle;
import org.salus.article.Question;
import org.salus.web.JsonLd;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code Quiz} description of a quiz page, as JSON-LD that is safe to place inside
 * a {@code <script>} element: one {@code Question} per question ({@code hasPart}) with its right
 * options as {@code acceptedAnswer} (each with the explanation as {@code answerExplanation}) and
 * the wrong ones as {@code suggestedAnswer}, in the shape search engines read for practice quizzes.
 * <p>
 * A {@code Quiz} is no web page, so the medical review ({@code lastReviewed}, {@code reviewedBy},
 * properties of {@code WebPage}) is said of the page it is the main entity of: a
 * {@code MedicalWebPage} under {@code mainEntityOfPage}, as the topic pages say it.
 */
final class QuizJsonLd {

    /** {@code eduQuestionType} of a one-answer question (single choice, true/false). */
    static final String MULTIPLE_CHOICE = "Multiple choice";
    /** {@code eduQuestionType} of a question with any number of right answers. */
    static final String CHECKBOX = "Checkbox";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QuizJsonLd() {}

    /**
     * @param topics   the published articles the quiz is about (its {@code related}), in order
     * @param baseUrl  the site's address, without a trailing slash
     * @param publisher the site's name
     */
    static String of(PublishedArticle quiz, List<PublishedArticle> topics, String baseUrl, String publisher) {
        String url = baseUrl + "/quizzes/" + quiz.slug();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "Quiz");
        json.put("url", url);
        json.put("name", quiz.title());
        json.put("description", quiz.summary());
        json.put("inLanguage", quiz.language());
        json.put("dateModified", quiz.publishedAt().toString());
        json.put("mainEntityOfPage", page(quiz, url));
        if (quiz.syndication() != null) {
            json.put(
                    "sourceOrganization",
                    MedicalWebPageJsonLd.organization(quiz.syndication().attribution()));
        }
        json.put("publisher", MedicalWebPageJsonLd.organization(publisher));
        if (!topics.isEmpty()) {
            json.put("about", topics.stream().map(t -> about(t, baseUrl)).toList());
            json.put(
                    "educationalAlignment",
                    topics.stream().map(t -> alignment(t, baseUrl)).toList());
        }
        if (!quiz.sources().isEmpty()) {
            json.put(
                    "citation",
                    quiz.sources().stream().map(MedicalWebPageJsonLd::citation).toList());
        }
        json.put(
                "hasPart",
                quiz.questions().stream().map(q -> question(q, baseUrl)).toList());
        return JsonLd.scriptSafe(JSON.writeValueAsString(json));
    }

    /** The quiz page, with the medical review of the quiz when it has one. */
    private static Map<String, Object> page(PublishedArticle quiz, String url) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", "MedicalWebPage");
        page.put("url", url);
        if (quiz.review() != null) {
            page.put("lastReviewed", quiz.review().reviewedOn().toString());
            page.put("reviewedBy", MedicalWebPageJsonLd.reviewer(quiz.review()));
        }
        return page;
    }

    /** The condition (or other topic) as the topic page's JSON-LD names it, with its address. */
    private static Map<String, Object> about(PublishedArticle topic, String baseUrl) {
        Map<String, Object> about = new LinkedHashMap<>(MedicalWebPageJsonLd.about(topic));
        about.put("url", baseUrl + "/topics/" + topic.slug());
        return about;
    }

    private static Map<String, Object> alignment(PublishedArticle topic, String baseUrl) {
        Map<String, Object> alignment = new LinkedHashMap<>();
        alignment.put("@type", "AlignmentObject");
        alignment.put("alignmentType", "educationalSubject");
        alignment.put("targetName", topic.title());
        alignment.put("targetUrl", baseUrl + "/topics/" + topic.slug());
        return alignment;
    }

    private static Map<String, Object> question(Question question, String baseUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@type", "Question");
        json.put("position", question.number());
        json.put("eduQuestionType", question.kind().oneAnswer() ? MULTIPLE_CHOICE : CHECKBOX);
        json.put("text", question.prompt());
        Map<String, Object> explanation = explanation(question, baseUrl);
        List<Map<String, Object>> accepted = new ArrayList<>();
        List<Map<String, Object>> suggested = new ArrayList<>();
        List<Option> options = question.options();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("@type", "Answer");
            answer.put("position", i + 1);
            answer.put("text", option.text());
            if (option.correct()) {
                answer.put("answerExplanation", explanation);
                accepted.add(answer);
            } else {
                suggested.add(answer);
            }
        }
        json.put("acceptedAnswer", oneOrMore(accepted));
        if (!suggested.isEmpty()) { // a "multiple" question may have no wrong option
            json.put("suggestedAnswer", oneOrMore(suggested));
        }
        return json;
    }

    /**
     * The explanation as plain text (schema.org's {@code text} is text, not markup), citing the
     * reviewed article section that backs it.
     */
    private static Map<String, Object> explanation(Question question, String baseUrl) {
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("@type", "Comment");
        comment.put("text", Jsoup.parseBodyFragment(question.explanationHtml()).text());
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("@type", "CreativeWork");
        section.put("name", question.supportText());
        section.put("url", baseUrl + "/topics/" + question.supportSlug() + "#" + question.supportAnchor());
        comment.put("citation", section);
        return comment;
    }

    /** One value as itself, several as a list (JSON-LD reads both alike). */
    private static Object oneOrMore(List<Map<String, Object>> values) {
        return values.size() == 1 ? values.get(0) : values;
    }
}
