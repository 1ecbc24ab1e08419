package org.salus.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** How one check follows the one before: what is kept, and when a change or a new outcome is dated. */
class SourceCheckTests {

    static final String URL = "https://www.example.org/gout";
    static final Instant DAY1 = Instant.parse("2026-11-01T03:00:00Z");
    static final Instant DAY2 = Instant.parse("2026-11-02T03:00:00Z");
    static final Instant DAY3 = Instant.parse("2026-11-03T03:00:00Z");

    static Fetch page(String text) {
        byte[] body = ("<html><body><main>" + text + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
        return Fetch.answer(200, URL, "\"e1\"", null, "text/html", new CappedBody.Bytes(body, false));
    }

    @Test
    void aSourceThatIsGoneForADayAndComesBackUnchangedIsNotChanged() {
        SourceCheck first = SourceCheck.after(URL, null, page("Gout is arthritis."), DAY1);
        SourceCheck gone = SourceCheck.after(URL, first, Fetch.answer(404, URL, null, null, "text/html", null), DAY2);
        SourceCheck back = SourceCheck.after(URL, gone, page("Gout is arthritis."), DAY3);

        assertThat(gone.outcome()).isEqualTo("gone");
        assertThat(gone.textHash()).isEqualTo(first.textHash());
        assertThat(gone.outcomeSince()).isEqualTo(DAY2);
        assertThat(back.outcome()).isEqualTo("ok");
        assertThat(back.lastChanged()).isNull();
        assertThat(back.outcomeSince()).isEqualTo(DAY3);
        assertThat(back.firstSeen()).isEqualTo(DAY1);
    }

    @Test
    void aChangeIsDatedWhenSeenAndKeptWhileTheOutcomeStays() {
        SourceCheck first = SourceCheck.after(URL, null, page("Gout is arthritis."), DAY1);
        SourceCheck changed = SourceCheck.after(URL, first, page("Gout is a kind of arthritis."), DAY2);
        SourceCheck same = SourceCheck.after(URL, changed, page("Gout is a kind of arthritis."), DAY3);

        assertThat(first.lastChanged()).isNull();
        assertThat(changed.lastChanged()).isEqualTo(DAY2);
        assertThat(same.lastChanged()).isEqualTo(DAY2);
        assertThat(same.outcomeSince()).isEqualTo(DAY1);
    }

    @Test
    void anErrorStatusIsUnreachableWithTheStatusAsItsReason() {
        SourceCheck check = SourceCheck.after(URL, null, Fetch.answer(503, URL, null, null, null, null), DAY1);

        assertThat(check.outcome()).isEqualTo("unreachable");
        assertThat(check.problem()).isEqualTo("HTTP 503");
    }
}
