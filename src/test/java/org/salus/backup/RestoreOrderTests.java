package org.salus.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The fill order of a restore, worked out from foreign keys alone. */
class RestoreOrderTests {

    // The application's own cycle: article.published_revision_id -> revision, revision.article_id -> article,
    // article.translation_of -> article; and tables hanging off both.
    static final Table ARTICLE = table(
            "article",
            List.of(nullable("published_revision_id"), nullable("translation_of")),
            key("fk_article_published_revision", "revision", "published_revision_id"),
            key("fk_article_translation_of", "article", "translation_of"));
    static final Table REVISION =
            table("revision", List.of(required("article_id")), key("fk_revision_article", "article", "article_id"));
    static final Table SECTION = table(
            "revision_section",
            List.of(required("revision_id")),
            key("fk_revision_section_revision", "revision", "revision_id"));
    static final Table AUDIT = table(
            "audit_entry", List.of(nullable("article_id")), key("fk_audit_entry_article", "article", "article_id"));
    static final Table USER = table("user_account", List.of());
    static final Table ROLE =
            table("user_role", List.of(required("user_id")), key("fk_user_role_user", "user_account", "user_id"));

    @Test
    void parentsComeFirstAndCyclesAreBrokenAtTheirNullableKeys() {
        RestoreOrder order = RestoreOrder.of(List.of(SECTION, ROLE, AUDIT, REVISION, USER, ARTICLE));

        assertThat(order.tables())
                .extracting(Table::name)
                .containsExactly("article", "audit_entry", "revision", "revision_section", "user_account", "user_role");
        assertThat(order.deferred()).isEqualTo(Map.of("article", Set.of("published_revision_id", "translation_of")));
    }

    @Test
    void aNullableKeyOutsideACycleIsNotDeferred() {
        RestoreOrder order = RestoreOrder.of(List.of(AUDIT, ARTICLE, REVISION));

        assertThat(order.deferredColumns(AUDIT)).isEmpty();
        assertThat(order.tables()).extracting(Table::name).containsExactly("article", "audit_entry", "revision");
    }

    @Test
    void aKeyToATableThatIsNotRestoredIsIgnored() {
        RestoreOrder order = RestoreOrder.of(List.of(ROLE));

        assertThat(order.tables()).extracting(Table::name).containsExactly("user_role");
    }

    @Test
    void aCycleOfRequiredKeysCannotBeFilledAndSaysWhere() {
        Table chicken = table("chicken", List.of(required("egg_id")), key("fk_chicken_egg", "egg", "egg_id"));
        Table egg = table("egg", List.of(required("chicken_id")), key("fk_egg_chicken", "chicken", "chicken_id"));

        assertThatThrownBy(() -> RestoreOrder.of(List.of(chicken, egg, USER)))
                .isInstanceOf(BackupException.class)
                .hasMessageStartingWith("tables [chicken, egg] form a cycle of NOT NULL foreign keys");
    }

    private static Table table(String name, List<Column> columns, ForeignKey... keys) {
        List<Column> all = new java.util.ArrayList<>(
                List.of(new Column("id", "id", PortableType.BIGINT, Types.BIGINT, false, true)));
        all.addAll(columns);
        return new Table(name, name, all, List.of("id"), Arrays.asList(keys));
    }

    private static Column nullable(String name) {
        return new Column(name, name, PortableType.BIGINT, Types.BIGINT, true, false);
    }

    private static Column required(String name) {
        return new Column(name, name, PortableType.BIGINT, Types.BIGINT, false, false);
    }

    private static ForeignKey key(String name, String parent, String column) {
        return new ForeignKey(name, List.of(column), parent);
    }
}
