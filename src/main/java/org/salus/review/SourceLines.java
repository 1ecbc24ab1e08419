package org.salus.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salus.article.ContentType;
import org.salus.article.Source;

/**
 * The sources field of the editor form, one {@code Organisation | Title | https://address | date}
 * per line: organisation and title required, the address (optional) an absolute {@code http(s)}
 * URI with a host, the date accessed (optional) {@code YYYY-MM-DD} and not after {@code today}
 * (when given). Every refused line is named in {@code sourcesDetail}.
 */
record SourceLines(LocalDate today) {

    List<Source> parse(String text, Map<String, String> errors, ContentType type) {
        List<Source> parsed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (String line : ArticleForm.lines(text)) {
            number++;
            String[] parts = line.split("\\s*\\|\\s*", -1);
            String organisation = part(parts, 0);
            String title = part(parts, 1);
            String url = part(parts, 2);
            String date = part(parts, 3);
            String where = "source " + number + (title.isEmpty() ? "" : " (" + title + ")") + ": ";
            List<String> wrong = new ArrayList<>();
            if (parts.length > 4) {
                wrong.add("more than four parts separated by |");
            }
            if (organisation.isEmpty()) {
                wrong.add("the organisation is missing");
            } else if (organisation.length() > ArticleForm.MAX_NAME) {
                wrong.add("the organisation is longer than " + ArticleForm.MAX_NAME + " characters");
            }
            if (title.isEmpty()) {
                wrong.add("the title is missing");
            } else if (title.length() > ArticleForm.MAX_SOURCE_TITLE) {
                wrong.add("the title is longer than " + ArticleForm.MAX_SOURCE_TITLE + " characters");
            }
            String urlProblem = url.isEmpty() ? null : urlProblem(url);
            if (urlProblem != null) {
                wrong.add(urlProblem);
            }
            LocalDate accessed = null;
            if (!date.isEmpty()) {
                try {
                    accessed = LocalDate.parse(date);
                    if (today != null && accessed.isAfter(today)) {
                        wrong.add("the date accessed " + date + " is in the future");
                    }
                } catch (DateTimeParseException e) {
                    wrong.add("the date accessed '" + date + "' is not a date like 2026-11-30");
                }
            }
            if (wrong.isEmpty()) {
                parsed.add(new Source(organisation, title, url.isEmpty() ? null : url, accessed));
            } else {
                problems.add(where + String.join(", ", wrong));
            }
        }
        if (!problems.isEmpty()) {
            errors.put("sources", "form.sources");
            errors.put("sourcesDetail", String.join("\n", problems));
            return List.of();
        }
        // A governance page (About, privacy notice) states the publisher's own policy: nothing to cite.
        if (parsed.isEmpty() && type != ContentType.PAGE) {
            errors.putIfAbsent("sources", "form.sources");
        }
        return parsed;
    }

    /** Why {@code url} is not a web address readers can follow, or null when it is one. */
    static String urlProblem(String url) {
        if (url.length() > ArticleForm.MAX_URL) {
            return "the address is longer than " + ArticleForm.MAX_URL + " characters";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "the address " + url + " does not start with https:// or http://";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "the address " + url + " has no host name (like www.cdc.gov)";
            }
            return null;
        } catch (URISyntaxException e) {
            return "the address " + url + " is not a valid web address (" + e.getReason() + " at character "
                    + (e.getIndex() + 1) + ")";
        }
    }

    private static String part(String[] parts, int index) {
        return parts.length > index ? parts[index].strip() : "";
    }
}
