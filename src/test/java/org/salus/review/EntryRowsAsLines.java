package org.salus.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * For tests that post the editor form through a {@code Map} (one value per name): the form's code
 * and source rows, which repeat their field names, sent as the {@code codes} and {@code sources}
 * lines the controller also accepts (docs/codes.md).
 */
final class EntryRowsAsLines {

    private static final List<String> ROW_FIELDS = List.of(
            "codeSystem", "codeValue", "codeDisplay", "sourceOrganisation", "sourceTitle", "sourceUrl", "sourceDate");

    private EntryRowsAsLines() {}

    /** Replaces the row fields in {@code fields} with the lines of the rows {@code page} shows. */
    static void replace(Map<String, String> fields, Document page) {
        ROW_FIELDS.forEach(fields::remove);
        List<String> codes = new ArrayList<>();
        for (Element row : page.select(".code-row")) {
            Element chosen = row.selectFirst("select[name=codeSystem] option[selected]");
            String code = row.selectFirst("input[name=codeValue]").val();
            if (!code.isEmpty() && chosen != null) {
                codes.add(chosen.val() + " " + code + " "
                        + row.selectFirst("input[name=codeDisplay]").val());
            }
        }
        List<String> sources = new ArrayList<>();
        for (Element row : page.select(".source-row")) {
            List<String> parts = List.of("sourceOrganisation", "sourceTitle", "sourceUrl", "sourceDate").stream()
                    .map(name -> row.selectFirst("input[name=" + name + "]").val())
                    .toList();
            if (parts.stream().anyMatch(part -> !part.isEmpty())) {
                sources.add(String.join(" | ", parts));
            }
        }
        fields.put("codes", String.join("\n", codes));
        fields.put("sources", String.join("\n", sources));
    }
}
