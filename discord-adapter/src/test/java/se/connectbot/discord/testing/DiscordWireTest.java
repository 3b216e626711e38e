package se.connectbot.discord.testing;

import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.connectbot.coretesting.ScriptedEngine;

/**
 * The adapter running for real (JDA on a WebSocket, its REST client, PostgreSQL) with Discord
 * faked at the wire and a scripted core. Subclasses share one application context.
 */
@SpringBootTest(classes = DiscordTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "DISCORD_BOT_TOKEN=fake-bot-token",
                "DISCORD_GUILD_ID=" + FakeDiscord.GUILD,
                "embedded-db.database=discord_adapter",
                "connectbot.dispatch.working-note-delay=800ms",
                "connectbot.discord.max-upload-size=4KB",
                "connectbot.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
        })
public abstract class DiscordWireTest {

    protected static final FakeDiscord discord = FakeDiscord.instance();

    @Autowired
    protected ScriptedEngine engine;

    @DynamicPropertySource
    static void discordUrls(DynamicPropertyRegistry registry) {
        registry.add("DISCORD_API_URL", discord::apiUrl);
        registry.add("DISCORD_GATEWAY_URL", () -> discord.gateway().url());
    }

    @BeforeEach
    void resetTheWorld() {
        await().atMost(Duration.ofSeconds(20)).until(() -> discord.gateway().connected() && discord.gateway().identifies() > 0);
        engine.reset();
        discord.reset();
    }

    protected static void push(DataObject interaction) {
        discord.gateway().push("INTERACTION_CREATE", interaction);
    }

    /** Waits until at least {@code count} requests matched, and returns them. */
    protected static List<LoggedRequest> awaitRequests(String method, String pathRegex, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> discord.requests(method, pathRegex).size() >= count);
        return discord.requests(method, pathRegex);
    }

    /** The JSON payload of a request, also when it came as multipart (with files). */
    protected static DataObject payload(LoggedRequest request) {
        if (request.isMultipart()) {
            return DataObject.fromJson(request.getPart("payload_json").getBody().asString());
        }
        return DataObject.fromJson(request.getBodyAsString());
    }
}
