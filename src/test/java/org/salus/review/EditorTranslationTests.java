package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The editor's "Translation of" field over real HTTP: it links an article to its original both
 * ways, refuses an unknown slug or one in the same language beside the field, and clears.
 */
@SiteTest
@OwnContext("editor-translation") // links the bundled samples differently
class EditorTranslationTests {

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorLinksAndClearsTheOriginalOfASpanishArticle() {
        Visitor editor = signedIn("transeditor", Role.WRITER, Role.EDITOR);
        String edit = "/editor/articles/presion-arterial-alta/edit";
        Document form = Http.html(editor.get(edit));
        assertThat(form.selectFirst("#f-translationOf").val()).isEqualTo("high-blood-pressure");

        HttpResponse<String> moved = editor.submit(edit, edit, fields(form, "obesity"));

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location").orElseThrow())
                .endsWith("/editor/articles/presion-arterial-alta");
        assertThat(original("presion-arterial-alta")).isEqualTo("obesity");
        assertThat(translationLink("/topics/obesity")).isEqualTo("En español: Presión arterial alta");
        assertThat(translationLink("/topics/high-blood-pressure")).isNull();

        HttpResponse<String> cleared = editor.submit(edit, edit, fields(Http.html(editor.get(edit)), ""));

        assertThat(cleared.statusCode()).isEqualTo(302);
        assertThat(original("presion-arterial-alta")).isNull();
        assertThat(translationLink("/topics/presion-arterial-alta")).isNull();
    }

    @Test
    void anUnknownOriginalOrOneInTheSameLanguageIsRefusedBesideTheField() {
        Visitor editor = signedIn("transeditor2", Role.WRITER, Role.EDITOR);
        String edit = "/editor/articles/diabetes-tipo-2/edit";

        for (String bad : new String[] {"no-such-article", "resistencia-insulina", "Not A Slug"}) {
            HttpResponse<String> refused = editor.submit(edit, edit, fields(Http.html(editor.get(edit)), bad));

            assertThat(refused.statusCode()).as(bad).isEqualTo(422);
            Document page = Http.html(refused);
            assertThat(page.selectFirst("#f-translationOf-error").text())
                    .isEqualTo("Give the address of an existing article in another language, not this one's.");
            assertThat(page.selectFirst("#f-translationOf").val()).isEqualTo(bad);
        }
        assertThat(original("diabetes-tipo-2")).isEqualTo("type-2-diabetes");
    }

    /** The edit form's fields as the page filled them, with "Translation of" set to {@code original}. */
    private static Map<String, String> fields(Document form, String original) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("form.editor-form input[name], form.editor-form textarea[name]")
                .forEach(input -> {
                    if (!input.attr("type").equals("radio") || input.hasAttr("checked")) {
                        fields.put(input.attr("name"), input.is("textarea") ? input.wholeText() : input.val());
                    }
                });
        form.select("form.editor-form select[name]")
                .forEach(select -> fields.put(
                        select.attr("name"),
                        select.selectFirst("option[selected]").val()));
        fields.remove("_csrf");
        EntryRowsAsLines.replace(fields, form);
        fields.put("translationOf", original);
        fields.put("changeNote", "Link the translation");
        return fields;
    }

    private String original(String slug) {
        return jdbc.sql("SELECT o.slug FROM article a LEFT JOIN article o ON o.id = a.translation_of WHERE a.slug = :s")
                .param("s", slug)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private String translationLink(String path) {
        var link = Http.html(http.get(path)).selectFirst("article p.translation");
        return link == null ? null : link.text();
    }

    private Visitor signedIn(String username, Role... roles) {
        people.create(username, roles);
        Visitor visitor = http.visitor();
        assertThat(visitor.signIn(username, People.PASSWORD).statusCode()).isEqualTo(302);
        return visitor;
    }
}
