package org.salus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Who may name a table in SQL. Each table (from the Flyway migrations) has one owner package, which
 * reads and writes it (its subpackages included); another package may name it only where listed in
 * {@link #READERS}, with the reason. The check reads the string literals and text blocks of
 * {@code src/main/java} for {@code FROM}, {@code JOIN}, {@code INTO}, {@code UPDATE} and
 * {@code TABLE} followed by a table name: a text check, not a SQL parser, so a table name built at
 * run time is not seen (only {@code backup} does that, for every table, on purpose).
 */
class TableOwnershipTests {

    /** Table → the package that owns it. */
    static final Map<String, String> OWNERS = owners(Map.ofEntries(
            Map.entry(
                    "org.salus.account",
                    List.of("user_account", "user_role", "spring_session", "spring_session_attributes")),
            Map.entry("org.salus.api.keys", List.of("api_key")),
            Map.entry(
                    "org.salus.article",
                    List.of(
                            "article",
                            "article_slug_alias",
                            "article_site_group",
                            "article_translation",
                            "code_system",
                            "revision",
                            "revision_section",
                            "revision_question",
                            "revision_question_option",
                            "revision_source",
                            "revision_code",
                            "revision_also_called",
                            "revision_related",
                            "revision_publication",
                            "syndicated_publication",
                            "medical_review",
                            "section_review",
                            "reviewer_profile")),
            Map.entry("org.salus.audit", List.of("audit_entry")),
            Map.entry("org.salus.changes", List.of("change_log")),
            Map.entry("org.salus.cdshooks.auth", List.of("cds_client_jti")),
            Map.entry("org.salus.cdshooks.feedback", List.of("cds_card_issued", "cds_card_feedback")),
            Map.entry("org.salus.codes", List.of("code_list_entry")),
            Map.entry(
                    "org.salus.dictionary",
                    List.of(
                            "term",
                            "term_code",
                            "term_synonym",
                            "term_related_term",
                            "term_related_article",
                            "term_revision")),
            Map.entry("org.salus.feedback", List.of("page_feedback")),
            Map.entry("org.salus.image", List.of("image", "image_rendition")),
            Map.entry("org.salus.imports", List.of("import_job", "article_origin", "article_group")),
            Map.entry("org.salus.jobs", List.of("shedlock")),
            Map.entry("org.salus.limits", List.of("rate_limit_bucket")),
            Map.entry("org.salus.quality", List.of("quality_override")),
            Map.entry("org.salus.newsroom", List.of("notification", "notification_source")),
            Map.entry("org.salus.review", List.of("revision_workflow")),
            Map.entry("org.salus.sources", List.of("source_check")),
            Map.entry(
                    "org.salus.story",
                    List.of("story", "story_finding", "story_report", "story_vote", "question", "site_secret"))));

    /** A package that names another's tables, and why. */
    record Reader(String why, Set<String> tables) {}

    static final Map<String, Reader> READERS = Map.ofEntries(
            Map.entry(
                    "org.salus.article",
                    new Reader(
                            "a topic's change history marks imported revisions" + " (no workflow author)",
                            Set.of("revision_workflow"))),
            Map.entry(
                    "org.salus.backup",
                    new Reader(
                            "readable copies beside the dump: each article revision as a content file"
                                    + " (quiz questions included), and the terms",
                            Set.of(
                                    "article",
                                    "revision",
                                    "revision_section",
                                    "revision_also_called",
                                    "revision_code",
                                    "revision_source",
                                    "revision_related",
                                    "revision_question",
                                    "revision_question_option",
                                    "term",
                                    "term_revision"))),
            Map.entry(
                    "org.salus.browse",
                    new Reader(
                            "the browse groups: which articles each source and the site file under a group"
                                    + " (what readers may see of them is the cached A–Z index)",
                            Set.of("article", "article_group", "article_site_group"))),
            Map.entry(
                    "org.salus.dictionary",
                    new Reader(
                            "the articles that use a word, and a term's reviewer",
                            Set.of("article", "revision", "revision_section", "reviewer_profile"))),
            Map.entry(
                    "org.salus.dictionary.editing",
                    new Reader("a term revision's author and reviewer", Set.of("reviewer_profile", "user_account"))),
            Map.entry(
                    "org.salus.feed",
                    new Reader(
                            "the feed and sitemap list what readers may see (which"
                                    + " revisions those are is article.ReaderVisibility's rule)",
                            Set.of("article", "article_translation", "revision", "revision_publication", "term"))),
            Map.entry(
                    "org.salus.imports",
                    new Reader(
                            "which article an outside topic became, by slug", Set.of("article", "article_slug_alias"))),
            Map.entry(
                    "org.salus.imports.medlineplus",
                    new Reader("links an imported topic to its translation", Set.of("article", "article_translation"))),
            Map.entry(
                    "org.salus.newsroom",
                    new Reader(
                            "notifications follow the audit log (no feature changes for them); the hub counts the"
                                    + " moderation queue and unhandled page feedback (read only)",
                            Set.of("audit_entry", "story", "page_feedback"))),
            Map.entry(
                    "org.salus.review",
                    new Reader(
                            "the editorial queues over articles, reviews and authors",
                            Set.of("article", "revision", "medical_review", "user_account"))),
            Map.entry(
                    "org.salus.search",
                    new Reader(
                            "the index is rebuilt from published articles (a quiz with its question prompts,"
                                    + " a syndicated article with its attribution) and live terms",
                            Set.of(
                                    "article",
                                    "revision",
                                    "revision_section",
                                    "revision_question",
                                    "revision_code",
                                    "revision_also_called",
                                    "syndicated_publication",
                                    "term",
                                    "term_code",
                                    "term_synonym"))),
            Map.entry(
                    "org.salus.sources",
                    new Reader(
                            "the watch checks the URLs that live revisions cite, and shows editors its findings"
                                    + " beside each citation (read only)",
                            Set.of("article", "revision", "revision_source"))),
            Map.entry(
                    "org.salus.story",
                    new Reader("questions belong to an article's published revision", Set.of("article", "revision"))));

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)");

    @Test
    void everyTableHasOneOwner() throws IOException {
        assertThat(OWNERS.keySet())
                .as("tables with an owner, against the migrations")
                .isEqualTo(migratedTables());
    }

    @Test
    void onlyTheOwnerAndNamedReadersNameATable() throws IOException {
        Map<String, Set<String>> named = tablesNamedByPackage();
        assertThat(named.get("org.salus.article")).as("the scan finds SQL").contains("article", "revision");
        Map<String, Set<String>> strangers = new TreeMap<>();
        named.forEach((pkg, tables) -> tables.stream()
                .filter(table -> !owns(pkg, OWNERS.get(table)))
                .filter(table -> !READERS.getOrDefault(pkg, NONE).tables().contains(table))
                .forEach(table ->
                        strangers.computeIfAbsent(pkg, p -> new TreeSet<>()).add(table)));
        assertThat(strangers)
                .as("package → tables it names without owning them or being listed in READERS")
                .isEmpty();
    }

    /** A listed use that no longer exists is removed, so the list stays a true map of who reads what. */
    @Test
    void everyNamedReaderStillReadsWhatItIsListedFor() throws IOException {
        Map<String, Set<String>> named = tablesNamedByPackage();
        READERS.forEach((pkg, reader) -> assertThat(named.getOrDefault(pkg, Set.of()))
                .as(pkg + " still names the tables READERS lists for it")
                .containsAll(reader.tables()));
    }

    private static final Reader NONE = new Reader("", Set.of());

    private static boolean owns(String pkg, String owner) {
        return owner != null && (pkg.equals(owner) || pkg.startsWith(owner + "."));
    }

    /** Package → the known tables its sources' string literals name after FROM, JOIN, INTO, UPDATE or TABLE. */
    static Map<String, Set<String>> tablesNamedByPackage() throws IOException {
        Set<String> tables = OWNERS.keySet();
        Map<String, Set<String>> named = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                for (String literal : stringLiterals(Files.readString(file))) {
                    Matcher table = NAMED.matcher(literal);
                    while (table.find()) {
                        String name = table.group(1).toLowerCase(Locale.ROOT);
                        if (tables.contains(name)) {
                            named.computeIfAbsent(pkg, p -> new TreeSet<>()).add(name);
                        }
                    }
                }
            }
        }
        return named;
    }

    /** The contents of the string literals and text blocks of Java source, comments and char literals skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = endOf(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = endOf(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (source.charAt(j) != quote) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(source.substring(i + 1, j));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int endOf(String source, String end, int from) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }

    private static Set<String> migratedTables() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            Set<String> tables = new TreeSet<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
            return tables;
        }
    }

    private static Map<String, String> owners(Map<String, List<String>> byPackage) {
        return byPackage.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(t -> Map.entry(t, e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
