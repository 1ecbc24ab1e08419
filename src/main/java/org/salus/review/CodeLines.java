package org.salus.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salus.article.Code;
import org.salus.codes.CodeCheck;

/**
 * The codes field of the editor form, one {@code SYSTEM CODE name} per line. An ICD-10-CM code
 * may come without a name: it then takes the imported list's title. With a {@link CodeCheck}, each
 * code is checked (docs/codes.md); every refused line is named in {@code codesDetail}.
 */
record CodeLines(Set<String> codeSystems, CodeCheck check) {

    /** What the form's rows send for a row with a name but no code. */
    static final String MISSING = "?";

    List<Code> parse(String text, Map<String, String> errors) {
        List<Code> parsed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String line : ArticleForm.lines(text)) {
            String[] parts = line.split("\\s+", 3);
            String system = parts[0];
            String code = parts.length > 1 ? parts[1] : "";
            String display = parts.length > 2 ? parts[2] : "";
            String problem = shape(system, code, display);
            CodeCheck.Outcome outcome = problem == null && check != null ? check.check(system, code, display) : null;
            if (problem == null && outcome != null && !outcome.accepted()) {
                problem = outcome.problem();
            }
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            String title = outcome == null ? null : outcome.title();
            String name = display.isEmpty() && title != null ? shorten(title) : display;
            if (name.isEmpty()) {
                problems.add(code + ": give the code a name");
                continue;
            }
            parsed.add(new Code(system, code, name));
        }
        if (!problems.isEmpty()) {
            errors.put("codes", "form.codes");
            errors.put("codesDetail", String.join("\n", problems));
            return List.of();
        }
        return parsed;
    }

    private String shape(String system, String code, String display) {
        if (!codeSystems.contains(system)) {
            return "'" + system + "' is not a known code system";
        }
        if (code.isEmpty() || code.equals(MISSING)) {
            return display.isEmpty() ? system + " needs a code" : "'" + display + "' needs a code";
        }
        if (code.length() > ArticleForm.MAX_CODE || display.length() > ArticleForm.MAX_NAME) {
            return code + ": a code has at most " + ArticleForm.MAX_CODE + " characters and its name at most "
                    + ArticleForm.MAX_NAME;
        }
        return null;
    }

    /** A list title fits the name column (ICD-10-CM titles are at most 228 characters, the column 200). */
    private static String shorten(String title) {
        return title.length() <= ArticleForm.MAX_NAME ? title : title.substring(0, ArticleForm.MAX_NAME - 1) + "…";
    }
}
