package org.salus.infobutton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KnowledgeRequestParserTests {

    private static Map<String, String[]> params(String... pairs) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.merge(pairs[i], new String[] {pairs[i + 1]}, (a, b) -> {
                String[] both = new String[a.length + b.length];
                System.arraycopy(a, 0, both, 0, a.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
            });
        }
        return map;
    }

    @Test
    void onlyTheCodeAndItsSystemAreRequiredAndTheDefaultsAreMedlinePlusConnects() {
        KnowledgeRequest request = KnowledgeRequestParser.parse(
                params("mainSearchCriteria.v.c", "E11.9", "mainSearchCriteria.v.cs", "2.16.840.1.113883.6.90"));

        assertThat(request.criteria())
                .containsExactly(new SearchCriterion("", "E11.9", "2.16.840.1.113883.6.90", null));
        assertThat(request.language()).isEqualTo("en");
        assertThat(request.languageSent()).isFalse();
        assertThat(request.responseType()).isEqualTo(ResponseType.ATOM);
        assertThat(request.maxResults()).isEqualTo(3);
        assertThat(request.callback()).isNull();
    }

    @Test
    void numberedCriteriaKeepTheirOrderAndDeprecatedNamesAreReadWhenTheCurrentOnesAreAbsent() {
        KnowledgeRequest request = KnowledgeRequestParser.parse(params(
                "mainSearchCriteria.v.c2",
                "250",
                "mainSearchCriteria.v.cs2",
                "2.16.840.1.113883.6.103",
                "mainSearchCriteria.v.c",
                "1202",
                "mainSearchCriteria.v.cs",
                "2.16.840.1.113883.6.88",
                "mainSearchCriteria.c.c1",
                "401.1",
                "mainSearchCriteria.c.cs1",
                "ICD9CM",
                "mainSearchCriteria.v.dn1",
                "Hypertension"));

        assertThat(request.criteria())
                .containsExactly(
                        new SearchCriterion("", "1202", "2.16.840.1.113883.6.88", null),
                        new SearchCriterion("1", "401.1", "2.16.840.1.113883.6.103", "Hypertension"),
                        new SearchCriterion("2", "250", "2.16.840.1.113883.6.103", null));
    }

    @Test
    void languageIsThePrimarySubtagAndTypesAreCaseInsensitive() {
        KnowledgeRequest request = KnowledgeRequestParser.parse(params(
                "mainSearchCriteria.v.c",
                "E11",
                "mainSearchCriteria.v.cs",
                "2.16.840.1.113883.6.90",
                "informationRecipient.languageCode.c",
                "es-MX",
                "knowledgeResponseType",
                "Application/JavaScript",
                "callback",
                "$cb",
                "maxResults",
                "50",
                "informationRecipient",
                "pat"));

        assertThat(request.language()).isEqualTo("es");
        assertThat(request.languageSent()).isTrue();
        assertThat(request.responseType()).isEqualTo(ResponseType.JSONP);
        assertThat(request.callback()).isEqualTo("$cb");
        assertThat(request.maxResults()).isEqualTo(KnowledgeRequestParser.MAX_RESULTS_CAP);
        assertThat(request.informationRecipient()).isEqualTo("PAT");
        assertThat(ResponseType.fromParameter("text/XML")).contains(ResponseType.ATOM);
    }

    @Test
    void theSameNameTwiceIsRefusedEvenInAnotherCase() {
        assertThatThrownBy(() -> KnowledgeRequestParser.parse(params(
                        "mainSearchCriteria.v.c",
                        "E11",
                        "MainSearchCriteria.V.C",
                        "I10",
                        "mainSearchCriteria.v.cs",
                        "2.16.840.1.113883.6.90")))
                .isInstanceOf(InvalidKnowledgeRequestException.class)
                .hasMessageContaining("more than once");
    }

    @Test
    void callbacksMustBeIdentifierPaths() {
        for (String bad : new String[] {"alert(1)", "a b", "1abc", "a..b", "a.", "cb;x", "</script>", "\u2028"}) {
            assertThatThrownBy(() -> KnowledgeRequestParser.parse(params(
                            "mainSearchCriteria.v.c",
                            "E11",
                            "mainSearchCriteria.v.cs",
                            "2.16.840.1.113883.6.90",
                            "knowledgeResponseType",
                            "application/javascript",
                            "callback",
                            bad)))
                    .as(bad)
                    .isInstanceOf(InvalidKnowledgeRequestException.class)
                    .hasMessageContaining("callback")
                    .hasMessageNotContaining(bad);
        }
    }

    @Test
    void tooManyParametersOrOverlongNamesAreRefused() {
        Map<String, String[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= KnowledgeRequestParser.MAX_PARAMETERS; i++) {
            many.put("p" + i, new String[] {"x"});
        }
        assertThatThrownBy(() -> KnowledgeRequestParser.parse(many)).hasMessageContaining("Too many parameters");
        assertThatThrownBy(() -> KnowledgeRequestParser.parse(params("x".repeat(101), "1")))
                .hasMessageContaining("parameter name is longer");
    }

    @Test
    void jsonEscapesMarkupAndLineSeparatorsForScripts() {
        KnowledgeFeed feed = new KnowledgeFeed(
                "urn:uuid:1",
                "en",
                "https://x/",
                "https://x/infobutton",
                "T",
                "<b>&='\u2028\u2029",
                "A",
                "https://x/",
                java.time.Instant.EPOCH,
                java.util.List.of(),
                java.util.List.of());
        String json = new String(JsonFeedWriter.write(feed), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\\u003Cb\\u003E\\u0026\\u003D\\u0027\\u2028\\u2029")
                .doesNotContain("<b>");
        assertThat(json).contains("\"entry\":[]");
    }
}
