package se.connectbot.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordTextTest {

    @Test
    void everyoneAndHereCannotForm() {
        assertThat(DiscordText.escape("hej @everyone och @HERE")).doesNotContainIgnoringCase("@everyone").doesNotContainIgnoringCase("@here")
                .contains("@\u200Beveryone").contains("@\u200BHERE");
    }

    @Test
    void noUserRoleChannelOrCommandMentionCanForm() {
        String escaped = DiscordText.escape("<@123> <@!123> <@&456> <#789> </connect status:1> <t:1700000000>");
        assertThat(escaped).doesNotContain("<@").doesNotContain("<#").doesNotContain("</").doesNotContain("<t:");
    }

    @Test
    void aMaskedLinkStaysVisibleText() {
        String escaped = DiscordText.escape("[Logga in här](https://evil.example/steal)");
        assertThat(escaped).isEqualTo("\\[Logga in här\\](https://evil.example/steal)");
    }

    @Test
    void markdownIsShownAsTyped() {
        assertThat(DiscordText.escape("**fet** _kursiv_ ~~struken~~ `kod` ||spoiler|| > citat # rubrik - lista"))
                .isEqualTo("\\*\\*fet\\*\\* \\_kursiv\\_ \\~\\~struken\\~\\~ \\`kod\\` \\|\\|spoiler\\|\\| \\> citat \\# rubrik \\- lista");
    }

    @Test
    void aBackslashCannotUndoTheEscape() {
        assertThat(DiscordText.escape("\\[x](https://evil)")).isEqualTo("\\\\\\[x\\](https://evil)");
    }

    @Test
    void plainTextLeavesMarkdownButStillBreaksMentions() {
        assertThat(DiscordText.plain("Faktura *123* @everyone <@&1>")).isEqualTo("Faktura *123* @\u200Beveryone <\u200B@&1>");
    }
}
