package org.salus.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The watch's outbound requests against a real loopback server: limits, redirects, refused addresses. */
class SafeFetcherTests {

    static final int LIMIT = 64 * 1024;

    static LoopbackSite site;

    @BeforeAll
    static void start() throws IOException {
        site = new LoopbackSite();
        String base = site.base();
        site.on("/page", LoopbackSite.withEtag("\"v1\"", "<p>Gout is a kind of arthritis.</p>"))
                .on("/slow", LoopbackSite.slow(5_000))
                .on("/huge", LoopbackSite.huge(64))
                .on("/to-localhost", e -> LoopbackSite.redirect(e, 302, "http://localhost:" + site.port() + "/page"))
                .on("/to-metadata", e -> LoopbackSite.redirect(e, 302, "http://169.254.169.254/latest/meta-data/"))
                .on("/to-private", e -> LoopbackSite.redirect(e, 301, "http://10.0.0.1/"))
                .on("/loop", e -> LoopbackSite.redirect(e, 302, base + "/loop"))
                .on("/never", e -> LoopbackSite.html(e, 200, "<p>Should not be asked.</p>"))
                .on("/with-cookie", e -> {
                    e.getResponseHeaders().add("Set-Cookie", "session=abc; Path=/");
                    LoopbackSite.redirect(e, 302, "/echo");
                })
                .on("/echo", e -> LoopbackSite.html(e, 200, "<p>Echo.</p>"));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static SafeFetcher fetcher(List<String> allowed) {
        SourceWatchProperties settings = new SourceWatchProperties(
                true,
                Duration.ofDays(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                DataSize.ofBytes(LIMIT),
                Duration.ZERO,
                allowed);
        return new SafeFetcher(settings);
    }

    static SafeFetcher allowingLoopback() {
        return fetcher(List.of("127.0.0.1"));
    }

    @Test
    void aConditionalGetWithTheStoredEtagIsAnswered304() {
        Fetch first = allowingLoopback().fetch(site.base() + "/page", null, null);
        Fetch second = allowingLoopback().fetch(site.base() + "/page", first.etag(), first.lastModified());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(second.status()).isEqualTo(304);
        assertThat(site.last("/page").headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void aSlowSourceTimesOutAndIsUnreachable() {
        Fetch fetch = allowingLoopback().fetch(site.base() + "/slow", null, null);

        assertThat(fetch.status()).isNull();
        assertThat(fetch.refused()).isFalse();
        assertThat(fetch.problem()).isEqualTo("no answer within 1 s");
    }

    @Test
    void aHugePageIsCutAtTheSizeLimit() {
        Fetch fetch = allowingLoopback().fetch(site.base() + "/huge", null, null);

        assertThat(fetch.status()).isEqualTo(200);
        assertThat(fetch.body().cut()).isTrue();
        assertThat(fetch.body().data()).hasSize(LIMIT);
    }

    @Test
    void aRedirectToLocalhostIsRefusedWhenOnlyTheLoopbackAddressIsAllowed() {
        int before = site.count("/page");

        Fetch fetch = allowingLoopback().fetch(site.base() + "/to-localhost", null, null);

        assertThat(fetch.refused()).isTrue();
        assertThat(fetch.problem()).startsWith("private address ");
        assertThat(site.count("/page")).as("never connected").isEqualTo(before);
    }

    @Test
    void redirectsToTheCloudMetadataAddressOrAPrivateNetworkAreRefused() {
        assertThat(allowingLoopback()
                        .fetch(site.base() + "/to-metadata", null, null)
                        .problem())
                .isEqualTo("private address 169.254.169.254");
        assertThat(allowingLoopback()
                        .fetch(site.base() + "/to-private", null, null)
                        .problem())
                .isEqualTo("private address 10.0.0.1");
    }

    @Test
    void aPrivateFirstAddressIsRefusedWithoutAnAllowList() {
        Fetch fetch = fetcher(List.of()).fetch(site.base() + "/never", null, null);

        assertThat(fetch.refused()).isTrue();
        assertThat(fetch.problem()).isEqualTo("private address 127.0.0.1");
        assertThat(site.count("/never")).isZero();
    }

    @Test
    void otherSchemesAreRefused() {
        assertThat(allowingLoopback().fetch("file:///etc/passwd", null, null).refused())
                .isTrue();
        assertThat(allowingLoopback().fetch("ftp://127.0.0.1/x", null, null).refused())
                .isTrue();
    }

    @Test
    void redirectsAreFollowedAtMostFiveTimes() {
        int before = site.count("/loop");

        Fetch fetch = allowingLoopback().fetch(site.base() + "/loop", null, null);

        assertThat(fetch.status()).isNull();
        assertThat(fetch.problem()).isEqualTo("more than 5 redirects");
        assertThat(site.count("/loop") - before).isEqualTo(6);
    }

    @Test
    void cookiesAreNeverSentBackAndTheUserAgentSaysWhoAsks() {
        Fetch fetch = allowingLoopback().fetch(site.base() + "/with-cookie", null, null);

        assertThat(fetch.status()).isEqualTo(200);
        assertThat(fetch.finalUrl()).isEqualTo(site.base() + "/echo");
        assertThat(site.last("/echo").headers().containsKey("Cookie")).isFalse();
        assertThat(site.last("/echo").headers().getFirst("User-Agent")).startsWith("SalusSourceWatch/1.0 (");
    }
}
