package org.salus.imports.medlineplus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a large MedlinePlus file for measuring the importer (not a test, never committed): the
 * topics of the {@code health-topics.xml} fixture copied with fresh ids and titles, each given 40
 * more sites so a topic is about as big as a real one (~15 KB), until the file reaches the size
 * asked for. Copy {@code k} of topic {@code 9001} has id {@code 9001 + 10 k}; related and
 * language-mapped ids move with it, so translations and the second pass work as in a real file.
 *
 * <pre>{@code
 * ./mvnw -q test-compile
 * java -cp target/test-classes org.salus.imports.medlineplus.SyntheticTopicsFile /tmp/mplus_topics_synthetic.xml 30
 * }</pre>
 */
public final class SyntheticTopicsFile {

    private static final Pattern TOPIC = Pattern.compile("(?s)\\s*<health-topic .*?</health-topic>");
    private static final Pattern ID = Pattern.compile("id=\"(9\\d{3})\"");
    private static final Pattern TITLE = Pattern.compile("(<health-topic[^>]*?title=\")([^\"]*)\"");
    private static final Pattern MAPPED_TITLE = Pattern.compile("(<language-mapped-topic[^>]*>)([^<]*)<");

    private SyntheticTopicsFile() {}

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target/mplus_topics_synthetic.xml");
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 30;
        Path fixture = Path.of(args.length > 2 ? args[2] : "src/test/resources/imports/medlineplus/health-topics.xml");
        System.out.println(write(fixture, target, megabytes * 1024 * 1024) + " topics written to " + target);
    }

    /** Writes copies of the fixture's topics until {@code bytes} are written; returns how many topics. */
    static int write(Path fixture, Path target, long bytes) throws IOException {
        List<String> topics = new ArrayList<>();
        Matcher m = TOPIC.matcher(Files.readString(fixture));
        while (m.find()) {
            topics.add(m.group().strip().replaceAll("(?s)<site title=\"Click Me\".*?</site>", ""));
        }
        int written = 0;
        long size = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<health-topics date-generated=\"synthetic\">\n");
            for (int copy = 0; size < bytes; copy++) {
                for (String topic : topics) {
                    String text = copyOf(topic, copy);
                    out.write("  ");
                    out.write(text);
                    out.write("\n");
                    size += text.length() + 3;
                    written++;
                }
            }
            out.write("</health-topics>\n");
        }
        return written;
    }

    private static String copyOf(String topic, int copy) {
        String text = ID.matcher(topic).replaceAll(r -> "id=\"" + (Integer.parseInt(r.group(1)) + 10L * copy) + "\"");
        text = TITLE.matcher(text)
                .replaceFirst(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + " " + copy + "\""));
        text = MAPPED_TITLE
                .matcher(text)
                .replaceAll(
                        r -> Matcher.quoteReplacement(r.group(1) + r.group(2).strip() + " " + copy + "<"));
        StringBuilder sites = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sites.append("<site title=\"Further reading ")
                    .append(i)
                    .append(" for copy ")
                    .append(copy)
                    .append("\" url=\"https://example.org/reading/")
                    .append(copy)
                    .append('/')
                    .append(i)
                    .append(
                            "?from=medlineplus&amp;lang=en\">\n      <information-category>Overviews</information-category>\n")
                    .append("      <organization>Example Health Organization ")
                    .append(i % 7)
                    .append("</organization>\n    </site>\n    ");
        }
        return text.replace("</health-topic>", sites + "</health-topic>");
    }
}
