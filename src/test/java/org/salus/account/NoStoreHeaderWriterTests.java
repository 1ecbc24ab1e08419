package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Answers that must not be stored say so with Cache-Control alone; pages' own caching is kept. */
@SiteTest
class NoStoreHeaderWriterTests {

    @Autowired
    Http http;

    @Test
    void noStoreAnswersCarryNeitherPragmaNorExpires() {
        for (String path : new String[] {"/login", "/editor", "/search?q=insulin"}) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(path)
                    .hasValue("no-cache, no-store, max-age=0, must-revalidate");
            assertThat(response.headers().firstValue("Pragma")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Expires")).as(path).isEmpty();
        }
    }

    @Test
    void pagesThatSetTheirOwnCachingKeepIt() {
        HttpResponse<String> topics = http.get("/topics");

        assertThat(topics.headers().firstValue("Cache-Control"))
                .hasValue("max-age=300, public, stale-while-revalidate=60, stale-if-error=86400");
        assertThat(topics.headers().firstValue("Pragma")).isEmpty();
    }
}
