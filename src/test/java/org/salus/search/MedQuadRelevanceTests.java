package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.salus.importing.Importer;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Relevance over the real MedQuAD corpus when the shared data folder holds it (skipped
 * otherwise): every NIH document is imported as a syndicated article, and its own questions
 * ("What are the symptoms of insulin resistance?") are the queries; the article made from it, or
 * another with the same title, is the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("search-medquad")
class MedQuadRelevanceTests {

    /** Questions per document: the first ones, so every document counts alike. */
    static final int QUESTIONS_PER_DOCUMENT = 2;
    /** Measured 2026-11-29: success@3 0.977, MRR 0.926 over 4,604 questions; the floor sits a little below. */
    static final double SUCCESS_AT_3_FLOOR = 0.95;

    static final double MRR_FLOOR = 0.88;

    private static final Pattern FOCUS = Pattern.compile("<Focus>(.*?)</Focus>", Pattern.DOTALL);
    private static final Pattern QUESTION = Pattern.compile("<Question[^>]*>(.*?)</Question>", Pattern.DOTALL);

    @Autowired
    List<Importer> importers;

    @Autowired
    SearchIndex index;

    @Autowired
    Search search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachDocumentsOwnQuestionsFindIt() throws IOException {
        MedQuadCorpus.importOnce(importers, index, jdbc);

        Map<String, String> urlBySource = new HashMap<>();
        Map<String, Set<String>> urlsByTitle = new HashMap<>();
        jdbc.sql("""
                SELECT o.source_id, a.slug, r.title FROM article_origin o JOIN article a ON a.id = o.article_id
                JOIN revision r ON r.id = a.published_revision_id WHERE o.source = 'medquad' AND a.retired_at IS NULL""").query(rs -> {
            String url = "/topics/" + rs.getString(2);
            urlBySource.put(rs.getString(1), url);
            urlsByTitle
                    .computeIfAbsent(rs.getString(3).toLowerCase(Locale.ROOT), k -> new HashSet<>())
                    .add(url);
        });
        assertThat(urlBySource).hasSizeGreaterThan(2500);

        RelevanceScore score = new RelevanceScore();
        long started = System.nanoTime();
        for (Question q : questions()) {
            String url = urlBySource.get(q.sourceId());
            if (url == null) {
                continue; // a document the importer skipped
            }
            Set<String> expected =
                    new HashSet<>(urlsByTitle.getOrDefault(q.focus().toLowerCase(Locale.ROOT), Set.of()));
            expected.add(url);
            score.add(new RelevanceScore.Case(q.text(), "medquad", expected), urls(q.text()));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String report = score.report("MedQuAD relevance set");
        String head = report.lines().limit(26).reduce((a, b) -> a + "\n" + b).orElse("");
        System.out.println(head + "\n(" + score.cases() + " queries in " + millis + " ms)");

        assertThat(urls("What are the symptoms of insulin resistance?").subList(0, 3))
                .contains("/topics/insulin-resistance-and-prediabetes");
        assertThat(score.successAt3()).as(head).isGreaterThanOrEqualTo(SUCCESS_AT_3_FLOOR);
        assertThat(score.mrr()).as(head).isGreaterThanOrEqualTo(MRR_FLOOR);
    }

    private List<String> urls(String q) {
        return search.search(q, null, null, 1, "en").hits().stream()
                .map(SearchResults.Hit::url)
                .toList();
    }

    record Question(String sourceId, String focus, String text) {}

    /** The first questions of every document in the zip, read as text (a test needs no XML parser here). */
    static List<Question> questions() throws IOException {
        List<Question> questions = new ArrayList<>();
        try (InputStream in = Files.newInputStream(MedQuadCorpus.DATA.resolve(MedQuadCorpus.ZIP));
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.endsWith(".xml")) {
                    continue;
                }
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                Matcher focus = FOCUS.matcher(xml);
                if (!focus.find()) {
                    continue;
                }
                String sourceId = name.substring(0, name.length() - ".xml".length());
                Matcher question = QUESTION.matcher(xml);
                for (int n = 0; n < QUESTIONS_PER_DOCUMENT && question.find(); n++) {
                    questions.add(new Question(
                            sourceId,
                            Parser.unescapeEntities(focus.group(1).strip(), false),
                            Parser.unescapeEntities(question.group(1).strip(), false)));
                }
            }
        }
        return questions;
    }
}
