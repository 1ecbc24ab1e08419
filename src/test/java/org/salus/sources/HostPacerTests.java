package org.salus.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** One request per host per interval, without sleeping in the test: the pacer only says how long to wait. */
class HostPacerTests {

    static final Instant T = Instant.parse("2026-11-29T03:00:00Z");

    @Test
    void requestsToOneHostAreSpacedByTheInterval() {
        HostPacer pacer = new HostPacer(Duration.ofSeconds(5));

        assertThat(pacer.reserve("www.cdc.gov", T)).isZero();
        assertThat(pacer.reserve("www.cdc.gov", T)).isEqualTo(Duration.ofSeconds(5));
        assertThat(pacer.reserve("WWW.CDC.GOV", T.plusSeconds(1))).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void otherHostsDoNotWaitAndAQuietHostStartsAfresh() {
        HostPacer pacer = new HostPacer(Duration.ofSeconds(5));
        pacer.reserve("www.cdc.gov", T);

        assertThat(pacer.reserve("www.nih.gov", T)).isZero();
        assertThat(pacer.reserve("www.cdc.gov", T.plusSeconds(60))).isZero();
    }
}
