package se.connectbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import net.dv8tion.jda.api.utils.data.DataArray;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.discord.inbound.CommandText;
import se.connectbot.discord.testing.DiscordWireTest;
import se.connectbot.discord.testing.FakeDiscord;

/** {@code /connect} is registered at start from the one definition, in the configured guild. */
class CommandRegistrationTest extends DiscordWireTest {

    @Autowired
    DiscordShards shards;

    @Test
    void registersTheOneDefinitionInTheGuildOfDiscordGuildId() {
        await().atMost(Duration.ofSeconds(20)).until(shards::commandsRegistered);
        shards.registerCommands(shards.any());

        var put = awaitRequests("PUT", "applications/" + FakeDiscord.APPLICATION + "/guilds/" + FakeDiscord.GUILD + "/commands", 1).getFirst();
        DataArray sent = DataArray.fromJson(put.getBodyAsString());
        assertThat(sent.toString()).isEqualTo(DataArray.fromJson(CommandText.load().json()).toString());
        assertThat(sent.getObject(0).getString("name")).isEqualTo("connect");
        assertThat(put.getHeader("Authorization")).isEqualTo("Bot fake-bot-token");
    }

    @Test
    void everySubcommandHasASwedishNameAndDescription() {
        DataArray subcommands = DataArray.fromJson(CommandText.load().json()).getObject(0).getArray("options");
        for (int i = 0; i < subcommands.length(); i++) {
            var sub = subcommands.getObject(i);
            assertThat(sub.getObject("name_localizations").getString("sv-SE")).as(sub.getString("name")).matches("[-\\p{Ll}\\p{N}_]{1,32}");
            assertThat(sub.getObject("description_localizations").getString("sv-SE")).isNotBlank();
        }
    }
}
