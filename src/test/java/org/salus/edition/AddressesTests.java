package org.salus.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The folder layout nginx reads: an address's file, and back. */
class AddressesTests {

    @Test
    void aPageIsItsAddressPlusHtmlAndAFileWithADotKeepsItsName() {
        assertThat(Addresses.file("/")).isEqualTo("index.html");
        assertThat(Addresses.file("/es")).isEqualTo("es.html");
        assertThat(Addresses.file("/es/topics")).isEqualTo("es/topics.html");
        assertThat(Addresses.file("/topics/insulin-resistance")).isEqualTo("topics/insulin-resistance.html");
        assertThat(Addresses.file("/feed.atom")).isEqualTo("feed.atom");
        assertThat(Addresses.file("/sitemaps/topics-1.xml")).isEqualTo("sitemaps/topics-1.xml");
        assertThat(Addresses.address("index.html")).isEqualTo("/");
        assertThat(Addresses.address("topics/insulin-resistance.html")).isEqualTo("/topics/insulin-resistance");
        assertThat(Addresses.address("robots.txt")).isEqualTo("/robots.txt");
    }

    @Test
    void anAddressThatCouldLeaveTheFolderIsRefused() {
        assertThat(Addresses.isValid("/topics/../../etc/passwd")).isFalse();
        assertThat(Addresses.isValid("/topics/a?b")).isFalse();
        assertThat(Addresses.isValid("/Topics")).isFalse();
        assertThatThrownBy(() -> Addresses.file("/topics/..")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSitemapIndexNamesItsFilesAndAPageItsDictionaryLinks() {
        byte[] index = ("<sitemapindex><sitemap><loc>https://health.example.org/sitemaps/pages.xml</loc></sitemap>"
                        + "<sitemap><loc>https://health.example.org/sitemaps/topics-1.xml</loc></sitemap></sitemapindex>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Addresses.sitemapFiles(index)).containsExactly("/sitemaps/pages.xml", "/sitemaps/topics-1.xml");

        byte[] page =
                "<a href=\"/dictionary/a1c\">A1C</a> <a href=\"https://x.org/dictionary/insulin\">i</a> <a href=\"/topics/a\">"
                        .getBytes(StandardCharsets.UTF_8);
        assertThat(Addresses.termLinks(page)).containsExactly("/dictionary/a1c", "/dictionary/insulin");
    }
}
