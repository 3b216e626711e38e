package se.connectbot.teams.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamsTextTest {

    @Test
    void plainTextForAnActivityKeepsTagsAsText() {
        assertThat(TeamsText.plain("<at>Anna</at> & <b>x</b>")).isEqualTo("&lt;at&gt;Anna&lt;/at&gt; &amp; &lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void onlyWebLinksMayBeOpened() {
        assertThat(TeamsText.isWebLink("https://portal.example.se")).isTrue();
        assertThat(TeamsText.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(TeamsText.isWebLink("file:///etc/passwd")).isFalse();
    }
}
