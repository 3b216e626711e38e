package se.connectbot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MrkdwnTest {

    @Test
    void mentionsAndLinksBecomeHarmlessText() {
        assertThat(Mrkdwn.escape("<!channel> <@U123> <http://evil|x> a&b"))
                .isEqualTo("&lt;!channel&gt; &lt;@U123&gt; &lt;http://evil|x&gt; a&amp;b");
    }

    @Test
    void alreadyEscapedTextIsEscapedAgainSoItShowsAsWritten() {
        assertThat(Mrkdwn.escape("&lt;")).isEqualTo("&amp;lt;");
    }

    @Test
    void boldOfNothingIsNothing() {
        assertThat(Mrkdwn.bold("  ")).isEmpty();
        assertThat(Mrkdwn.bold(" Namn ")).isEqualTo("*Namn*");
    }
}
