package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeRedirectTests {

    @Test
    void keepsLocalPathsWithTheirQuery() {
        assertThat(SafeRedirect.localPath("/topics?letter=H")).isEqualTo("/topics?letter=H");
    }

    @Test
    void sendsEverythingElseHome() {
        assertThat(SafeRedirect.localPath("https://evil.example")).isEqualTo("/");
        assertThat(SafeRedirect.localPath("//evil.example/x")).isEqualTo("/");
        assertThat(SafeRedirect.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(SafeRedirect.localPath("/topics\r\nSet-Cookie: x=1")).isEqualTo("/");
        assertThat(SafeRedirect.localPath(null)).isEqualTo("/");
    }
}
