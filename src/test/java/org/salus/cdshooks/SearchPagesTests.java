package org.salus.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Joining a paged FHIR search: which next links are followed, and the caps. */
class SearchPagesTests {

    static final URI BASE = URI.create("https://ehr.example.org/fhir/r4");

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<URI> fetched = new ArrayList<>();

    @Test
    void theEntriesOfEveryPageAreJoinedAndTheNextLinkDropped() {
        Map<String, String> pages = Map.of(
                BASE + "?_getpages=a&offset=2", page(2, 2, BASE + "?_getpages=a&offset=4"),
                BASE + "?_getpages=a&offset=4", page(4, 1, null));

        JsonNode joined = join(page(0, 2, BASE + "?_getpages=a&offset=2"), pages, 5, 500);

        assertThat(ids(joined)).containsExactly("c0", "c1", "c2", "c3", "c4");
        assertThat(joined.get("link").toString()).doesNotContain("next").contains("self");
        assertThat(fetched).hasSize(2);
    }

    @Test
    void noMoreThanMaxPagesAreRead() {
        Map<String, String> pages = Map.of(
                BASE + "/Condition?page=2", page(2, 2, BASE + "/Condition?page=3"),
                BASE + "/Condition?page=3", page(4, 2, null));

        JsonNode joined = join(page(0, 2, BASE + "/Condition?page=2"), pages, 2, 500);

        assertThat(ids(joined)).containsExactly("c0", "c1", "c2", "c3");
        assertThat(fetched).containsExactly(URI.create(BASE + "/Condition?page=2"));
    }

    @Test
    void noMoreThanMaxResourcesAreKeptAndNoPageIsReadOnceThereAreEnough() {
        Map<String, String> pages = Map.of(
                BASE + "/Condition?page=2", page(3, 3, BASE + "/Condition?page=3"),
                BASE + "/Condition?page=3", page(6, 3, null));

        JsonNode joined = join(page(0, 3, BASE + "/Condition?page=2"), pages, 5, 4);

        assertThat(ids(joined)).containsExactly("c0", "c1", "c2", "c3");
        assertThat(fetched).hasSize(1);
    }

    @Test
    void aNextLinkOffTheRequestsFhirBaseIsNotFollowed() {
        for (String elsewhere : List.of(
                "https://attacker.example/fhir/r4?page=2",
                "http://ehr.example.org/fhir/r4?page=2",
                "https://ehr.example.org:8443/fhir/r4?page=2",
                "https://ehr.example.org/other/r4?page=2",
                "https://ehr.example.org/fhir/r4x?page=2",
                "https://user@ehr.example.org/fhir/r4?page=2",
                "/fhir/r4?page=2",
                "not a uri")) {
            JsonNode joined = join(page(0, 1, elsewhere), Map.of(), 5, 500);

            assertThat(ids(joined)).as(elsewhere).containsExactly("c0");
        }
        assertThat(fetched).as("the bearer token would go with the request").isEmpty();
        assertThat(new SearchPages(BASE, 5, 500).onBase("HTTPS://EHR.example.org:443/fhir/r4/Condition?page=2"))
                .isPresent();
    }

    @Test
    void aPageThatFailsEndsThePagingWithThePagesSoFar() {
        JsonNode joined = join(
                page(0, 2, BASE + "?page=2"),
                Map.of(BASE + "?page=2", "{\"resourceType\": \"OperationOutcome\"}"),
                5,
                500);

        assertThat(ids(joined)).containsExactly("c0", "c1");
    }

    @Test
    void aSinglePageIsReturnedAsItCame() {
        String only = page(0, 2, null);

        assertThat(new SearchPages(BASE, 5, 500).join(only, uri -> Optional.empty()))
                .isSameAs(only);
    }

    private JsonNode join(String first, Map<String, String> pages, int maxPages, int maxResources) {
        String joined = new SearchPages(BASE, maxPages, maxResources).join(first, uri -> {
            fetched.add(uri);
            return Optional.ofNullable(pages.get(uri.toString()));
        });
        return json.readTree(joined);
    }

    private static List<String> ids(JsonNode bundle) {
        List<String> ids = new ArrayList<>();
        bundle.path("entry")
                .forEach(entry -> ids.add(entry.path("resource").path("id").asString()));
        return ids;
    }

    /** A searchset page of {@code count} Conditions numbered from {@code from}, with a next link unless null. */
    static String page(int from, int count, String next) {
        List<String> entries = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            entries.add("{\"resource\": {\"resourceType\": \"Condition\", \"id\": \"c" + i + "\"}}");
        }
        String links = "{\"relation\": \"self\", \"url\": \"" + BASE + "/Condition\"}"
                + (next == null ? "" : ", {\"relation\": \"next\", \"url\": \"" + next + "\"}");
        return "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"link\": [" + links + "], \"entry\": ["
                + String.join(", ", entries) + "]}";
    }
}
