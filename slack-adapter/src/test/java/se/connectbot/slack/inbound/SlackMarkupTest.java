package se.connectbot.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackMarkupTest {

    @Test
    void botMentionIsDroppedAndOtherMarkupBecomesItsPlainText() {
        assertThat(SlackMarkup.toPlain("<@U0BOT> ärende om <mailto:a@b.se|a@b.se> och <https://x.se/a?b=1&amp;c=2> <#C1|drift> <@U2|karl> <!here>", "U0BOT"))
                .isEqualTo("ärende om a@b.se och https://x.se/a?b=1&c=2 #drift @karl @here");
    }

    @Test
    void slacksEntitiesAreUnescapedOnce() {
        assertThat(SlackMarkup.toPlain("a &amp;lt; b &lt; c &gt; d", null)).isEqualTo("a &lt; b < c > d");
    }

    @Test
    void labelledLinkBecomesItsLabel() {
        assertThat(SlackMarkup.toPlain("status <tel:0701234567|070-123 45 67>", null)).isEqualTo("status 070-123 45 67");
    }
}
