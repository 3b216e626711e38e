package se.connectbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DiscordSettingsTest {

    @Test
    void defaultsToDiscordsApiOneShardAndTenMebibytes() {
        DiscordSettings settings = DiscordSettings.from(new MockEnvironment().withProperty("DISCORD_BOT_TOKEN", "secret-token"));
        assertThat(settings.apiUrl()).isEqualTo("https://discord.com/api/v10/");
        assertThat(settings.shardsTotal()).isOne();
        assertThat(settings.shardIds()).containsExactly(0);
        assertThat(settings.maxUploadSize()).isEqualTo(10L * 1024 * 1024);
        assertThat(settings.gatewayUrl()).isNull();
    }

    @Test
    void runsTheListedShardsOfTheTotal() {
        assertThat(shards("4:2,3").shardIds()).containsExactly(2, 3);
        assertThat(shards("4:2,3").shardsTotal()).isEqualTo(4);
        assertThat(shards("3").shardIds()).isEqualTo(List.of(0, 1, 2));
    }

    @Test
    void refusesBadShardsNamingTheValue() {
        assertThatThrownBy(() -> shards("4:4")).hasMessageContaining("DISCORD_SHARDS").hasMessageContaining("'4:4'");
        assertThatThrownBy(() -> shards("0")).hasMessageContaining("'0'");
        assertThatThrownBy(() -> shards("2:1,1")).hasMessageContaining("twice");
        assertThatThrownBy(() -> shards("x")).hasMessageContaining("'x'");
    }

    @Test
    void readsTheUploadLimitAsASize() {
        assertThat(DiscordSettings.from(new MockEnvironment().withProperty("DISCORD_BOT_TOKEN", "t")
                .withProperty("connectbot.discord.max-upload-size", "25MB")).maxUploadSize()).isEqualTo(25L * 1024 * 1024);
        assertThatThrownBy(() -> DiscordSettings.from(new MockEnvironment().withProperty("DISCORD_BOT_TOKEN", "t")
                .withProperty("connectbot.discord.max-upload-size", "lots"))).hasMessageContaining("'lots'");
    }

    @Test
    void neverShowsTheToken() {
        assertThat(shards("1").toString()).doesNotContain("secret-token");
    }

    @Test
    void refusesAnApiUrlThatIsNoHttpUrl() {
        assertThatThrownBy(() -> DiscordSettings.from(new MockEnvironment().withProperty("DISCORD_BOT_TOKEN", "t")
                .withProperty("DISCORD_API_URL", "file:///etc/passwd"))).hasMessageContaining("DISCORD_API_URL");
    }

    private static DiscordSettings shards(String value) {
        return DiscordSettings.from(new MockEnvironment().withProperty("DISCORD_BOT_TOKEN", "secret-token").withProperty("DISCORD_SHARDS", value));
    }
}
