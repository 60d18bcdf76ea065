package org.runmuscle.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserGuardTest {
    @Test
    void theHostHeaderIsReadWithAndWithoutAPortAndForIpv6() {
        assertThat(BrowserGuard.hostName("Example.ORG:7070")).isEqualTo("example.org");
        assertThat(BrowserGuard.hostName("localhost")).isEqualTo("localhost");
        assertThat(BrowserGuard.hostName("[::1]:7070")).isEqualTo("[::1]");
    }

    @Test
    void anOriginIsTheSameOnlyWithTheSameHostAndPort() {
        assertThat(BrowserGuard.sameOrigin("http://127.0.0.1:7070", "127.0.0.1:7070"))
                .isTrue();
        assertThat(BrowserGuard.sameOrigin("https://runs.example.org", "runs.example.org"))
                .isTrue();
        assertThat(BrowserGuard.sameOrigin("http://runs.example.org", "runs.example.org:80"))
                .isTrue();
        assertThat(BrowserGuard.sameOrigin("http://127.0.0.1:7071", "127.0.0.1:7070"))
                .isFalse();
        assertThat(BrowserGuard.sameOrigin("http://evil.example", "127.0.0.1:7070"))
                .isFalse();
        assertThat(BrowserGuard.sameOrigin("null", "127.0.0.1:7070")).isFalse();
        assertThat(BrowserGuard.sameOrigin("file:///tmp/x.html", "127.0.0.1:7070"))
                .isFalse();
    }
}
