package se.connectbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
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

    /** What Discord refuses a whole registration for: checked here rather than found at start in production. */
    @Test
    void theDefinitionKeepsWithinDiscordsLimits() {
        DataObject connect = DataArray.fromJson(CommandText.load().json()).getObject(0);
        assertThat(connect.getString("description")).hasSizeBetween(1, 100);
        DataArray subcommands = connect.getArray("options");
        assertThat(subcommands.length()).as("subcommands").isBetween(1, 25);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < subcommands.length(); i++) {
            DataObject sub = subcommands.getObject(i);
            assertThat(names.add(sub.getString("name"))).as("unique " + sub.getString("name")).isTrue();
            withinLimits(sub);
            DataArray options = sub.optArray("options").orElseGet(DataArray::empty);
            assertThat(options.length()).as(sub.getString("name")).isLessThanOrEqualTo(25);
            boolean optionalSeen = false;
            for (int j = 0; j < options.length(); j++) {
                DataObject option = options.getObject(j);
                withinLimits(option);
                boolean required = option.getBoolean("required", false);
                assertThat(required && optionalSeen).as("required options come first in " + sub.getString("name")).isFalse();
                optionalSeen |= !required;
                DataArray choices = option.optArray("choices").orElseGet(DataArray::empty);
                assertThat(choices.length()).isLessThanOrEqualTo(25);
                assertThat(choices.length() > 0 && option.getBoolean("autocomplete", false)).as("choices or autocomplete, not both").isFalse();
                for (int c = 0; c < choices.length(); c++) {
                    assertThat(choices.getObject(c).getString("name")).hasSizeBetween(1, 100);
                    assertThat(choices.getObject(c).getString("value")).hasSizeBetween(1, 100);
                }
            }
        }
        assertThat(names).contains("subscribe-outages", "outage-subscriptions", "unsubscribe", "report", "usage");
    }

    private static void withinLimits(DataObject named) {
        String name = named.getString("name");
        assertThat(name).matches("[-_\\p{Ll}\\p{N}]{1,32}");
        assertThat(named.getObject("name_localizations").getString("sv-SE")).as(name).matches("[-_\\p{Ll}\\p{N}]{1,32}");
        assertThat(named.getString("description")).as(name).hasSizeBetween(1, 100);
        assertThat(named.getObject("description_localizations").getString("sv-SE")).as(name).hasSizeBetween(1, 100);
    }
}
