package org.salus.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SurrogateKeysTests {

    @Test
    void aWordUsedByThousandsOfArticlesNamesTheListsInsteadAndStaysWithinTheLimit() {
        Set<String> tagged = new LinkedHashSet<>(Set.of("term-7"));
        IntStream.range(0, 3_000).forEach(n -> tagged.add("article-" + (100_000 + n)));

        Set<String> written = SurrogateKeys.written(tagged);

        assertThat(String.join(" ", written)).hasSizeLessThanOrEqualTo(SurrogateKeys.MAX_LENGTH);
        assertThat(written).contains("term-7", CdnKeys.ALL, "list-topics-en", "list-topics-es");
        assertThat(written).noneMatch(key -> key.startsWith("article-"));
    }

    @Test
    void aShortListIsWrittenWhole() {
        assertThat(SurrogateKeys.written(Set.of("article-1", "term-2")))
                .containsExactlyInAnyOrder("article-1", "term-2", CdnKeys.ALL);
    }

    @Test
    void bothHeadersAtTheirLongestLeaveHalfOfTheServersDefaultHeaderBuffer() {
        long buffer = 8 * 1024; // server.max-http-response-header-size, Tomcat's default, which the site keeps

        assertThat(2L * (SurrogateKeys.MAX_LENGTH + "Surrogate-Key: \\r\\n".length()))
                .isLessThanOrEqualTo(buffer / 2);
    }
}
