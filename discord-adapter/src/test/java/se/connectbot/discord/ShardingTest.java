package se.connectbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import se.connectbot.discord.inbound.CommandText;
import se.connectbot.discord.inbound.DiscordListener;
import se.connectbot.discord.testing.FakeDiscord;

/** DISCORD_SHARDS: this instance identifies as exactly its shards of the total (JDA sharding), and only shard 0's instance registers commands. */
class ShardingTest {

    private static final FakeDiscord discord = FakeDiscord.instance();

    @Test
    void identifiesAsItsOwnShardsOfTheTotal() {
        DiscordSettings settings = DiscordSettings.from(new MockEnvironment().withProperty("DISCORD_BOT_TOKEN", "sharded-token")
                .withProperty("DISCORD_API_URL", discord.apiUrl()).withProperty("DISCORD_GATEWAY_URL", discord.gateway().url())
                .withProperty("DISCORD_SHARDS", "4:1,3"));
        // no interaction is pushed here: the listener's collaborators are never reached
        DiscordListener listener = new DiscordListener(null, null, null, CommandText.load(), () -> null, 1, null);
        DiscordShards shards = new DiscordShards(settings, listener, CommandText.load());
        try {
            shards.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> identified("sharded-token").size() == 2);
            assertThat(identified("sharded-token")).containsExactlyInAnyOrder("[1,4]", "[3,4]");
            assertThat(shards.commandsRegistered()).as("shard 0 runs elsewhere").isFalse();
        } finally {
            shards.stop();
        }
    }

    private static List<String> identified(String token) {
        return discord.gateway().received().stream().map(DataObject::fromJson)
                .filter(f -> f.getInt("op") == 2 && f.getObject("d").getString("token").equals(token))
                .map(f -> f.getObject("d").getArray("shard").toString().replace(" ", ""))
                .toList();
    }
}
