package org.salus.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.salus.codes.CodeCheck;
import org.springframework.util.MultiValueMap;

/**
 * The editor form's codes and sources as rows of fields ({@code editor/entryFields.jte}), made
 * from and turned back into the form's line formats ({@link CodeLines}, {@link SourceLines}), so
 * the rows and the older one-line-per-item posts go through the same checks.
 *
 * @param icd10cmChecked whether an ICD-10-CM list is imported, so ICD-10-CM codes are checked
 */
public record EntryFields(List<String> systems, List<CodeRow> codes, List<SourceRow> sources, boolean icd10cmChecked) {

    /** Empty rows offered under the filled ones, to add codes or sources without JavaScript. */
    static final int BLANK_ROWS = 2;

    /** One code row; {@code title} is the ICD-10-CM list's title of the code, when it has one. */
    public record CodeRow(String system, String code, String display, String title) {}

    /** One source row, as typed. */
    public record SourceRow(String organisation, String title, String url, String accessedOn) {}

    /** The rows of {@code form}'s codes and sources, with blank rows to add more. */
    static EntryFields of(ArticleForm form, Collection<String> systems, CodeCheck check) {
        List<CodeRow> codes = new ArrayList<>();
        for (String line : ArticleForm.lines(form.codes())) {
            String[] parts = line.split("\\s+", 3);
            String system = parts[0];
            String code = parts.length > 1 ? parts[1] : "";
            String title = CodeCheck.ICD10CM.equals(system) && !code.isEmpty()
                    ? check.title(system, code).orElse(null)
                    : null;
            codes.add(new CodeRow(system, code.equals(CodeLines.MISSING) ? "" : code, part(parts, 2), title));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            codes.add(new CodeRow(CodeCheck.ICD10CM, "", "", null));
        }
        List<SourceRow> sources = new ArrayList<>();
        for (String line : ArticleForm.lines(form.sources())) {
            String[] parts = line.split("\\s*\\|\\s*", -1);
            sources.add(new SourceRow(part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3)));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            sources.add(new SourceRow("", "", "", ""));
        }
        return new EntryFields(List.copyOf(systems), codes, sources, check.icd10cmListImported());
    }

    /**
     * {@code form} with the codes and sources its rows sent, when the post has rows (the fields
     * {@code codeSystem, codeValue, codeDisplay} and {@code sourceOrganisation, sourceTitle,
     * sourceUrl, sourceDate}); otherwise the form as posted. Empty rows are left out; a {@code |}
     * typed in a source field becomes {@code /}, since it separates the parts of a line.
     */
    static ArticleForm withRows(ArticleForm form, MultiValueMap<String, String> params) {
        String codes = params.containsKey("codeSystem") ? codeLines(params) : form.codes();
        String sources = params.containsKey("sourceOrganisation") ? sourceLines(params) : form.sources();
        return new ArticleForm(
                form.slug(),
                form.title(),
                form.contentType(),
                form.summary(),
                form.alsoCalled(),
                codes,
                sources,
                form.related(),
                form.translationOf(),
                form.body(),
                form.changeNote(),
                form.changeKind(),
                form.baseRevision());
    }

    private static String codeLines(Map<String, List<String>> params) {
        List<String> systems = params.get("codeSystem");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            String code = value(params, "codeValue", i).replaceAll("\\s+", "");
            String display = value(params, "codeDisplay", i).replaceAll("\\s+", " ");
            if (code.isEmpty() && display.isEmpty()) {
                continue;
            }
            lines.add(String.join(" ", systems.get(i).strip(), code.isEmpty() ? CodeLines.MISSING : code, display)
                    .strip());
        }
        return String.join("\n", lines);
    }

    private static String sourceLines(Map<String, List<String>> params) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < params.get("sourceOrganisation").size(); i++) {
            int row = i;
            List<String> fields = List.of("sourceOrganisation", "sourceTitle", "sourceUrl", "sourceDate").stream()
                    .map(name -> value(params, name, row).replace('|', '/').replaceAll("\\s+", " "))
                    .toList();
            if (fields.stream().allMatch(String::isEmpty)) {
                continue;
            }
            lines.add(fields.stream().collect(Collectors.joining(" | ")));
        }
        return String.join("\n", lines);
    }

    private static String value(Map<String, List<String>> params, String name, int index) {
        List<String> values = params.get(name);
        return values == null || index >= values.size() || values.get(index) == null
                ? ""
                : values.get(index).strip();
    }

    private static String part(String[] parts, int index) {
        return parts.length > index ? parts[index].strip() : "";
    }
}
