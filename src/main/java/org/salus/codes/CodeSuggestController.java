package org.salus.codes;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /editor/codes/suggest?system=ICD-10-CM&q=E11.}: up to 10 current codes for the
 * editor form's code field as it is typed (writers and editors only; the form works without it).
 */
@RestController
class CodeSuggestController {

    static final int LIMIT = 10;
    static final int MAX_QUERY = 100;

    private final CodeList list;

    CodeSuggestController(CodeList list) {
        this.list = list;
    }

    /** One suggestion: the code and its title. */
    record Suggestion(String code, String title, boolean billable) {}

    @GetMapping("/editor/codes/suggest")
    ResponseEntity<List<Suggestion>> suggest(
            @RequestParam(defaultValue = CodeCheck.ICD10CM) String system, @RequestParam(defaultValue = "") String q) {
        String typed = q.strip();
        if (typed.isEmpty() || typed.length() > MAX_QUERY) {
            return ResponseEntity.ok(List.of());
        }
        List<Suggestion> found = list.suggest(system, typed, LIMIT).stream()
                .map(e -> new Suggestion(e.code(), e.title(), e.billable()))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(found);
    }
}
