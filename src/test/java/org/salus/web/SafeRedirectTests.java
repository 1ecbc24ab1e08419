package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeRedirectTests {

    @Test
    void keepsLocalPathsWithTheirQuery() {
        assertThat(SafeRedirect.localPath("/topics?letter=H")).isEqualTo("/topics?letter=H");
    }

    @Test
    void percentEncodesWhatALocationHeaderCannotCarry() {
        assertThat(SafeRedirect.localPath("/search?q=café")).isEqualTo("/search?q=caf%C3%A9");
        assertThat(SafeRedirect.localPath("/topics/ñandú?x=日本"))
                .isEqualTo("/topics/%C3%B1and%C3%BA?x=%E6%97%A5%E6%9C%AC");
        assertThat(SafeRedirect.localPath("/search?q=caf%C3%A9")).isEqualTo("/search?q=caf%C3%A9"); // not twice
        assertThat(SafeRedirect.localPath("/search?q=a b")).isEqualTo("/");
        assertThat(SafeRedirect.localPath("/search?q=%zz")).isEqualTo("/");
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
