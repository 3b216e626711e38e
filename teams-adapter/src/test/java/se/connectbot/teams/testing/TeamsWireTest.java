package se.connectbot.teams.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.connectbot.core.chat.Inbound;
import se.connectbot.coretesting.ScriptedEngine;

/**
 * The adapter running for real (Tomcat, PostgreSQL, the core's dispatch) with Microsoft faked at
 * the wire ({@link FakeMicrosoft}) and a scripted engine. Subclasses share one application context.
 */
@SpringBootTest(classes = TeamsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "MICROSOFT_APP_ID=" + FakeMicrosoft.APP_ID,
                "MICROSOFT_APP_PASSWORD=app-password-never-logged",
                "embedded-db.database=teams_adapter",
                "connectbot.dispatch.working-note-delay=3s",
                "connectbot.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "connectbot.public-base-url=https://bot.example.se"
        })
public abstract class TeamsWireTest {

    protected static final FakeMicrosoft microsoft = FakeMicrosoft.instance();
    protected static final Activities activities = new Activities(microsoft.serviceUrl());

    @Autowired
    protected ScriptedEngine engine;

    @LocalServerPort
    protected int port;

    protected TeamsClient teams;

    @DynamicPropertySource
    static void microsoftUrls(DynamicPropertyRegistry registry) {
        registry.add("TEAMS_OPENID_METADATA_URL", microsoft::openIdMetadataUrl);
        registry.add("TEAMS_TOKEN_URL", microsoft::tokenUrl);
        registry.add("TEAMS_UPLOAD_ORIGINS", microsoft::base);
    }

    @BeforeEach
    void resetTheWorld() {
        teams = new TeamsClient(port);
        engine.reset();
        microsoft.reset();
    }

    /** Sends the activity with a good token for it. */
    protected java.net.http.HttpResponse<String> send(JsonNode activity) {
        return teams.send(activity, microsoft.token(activity.path("serviceUrl").asText()));
    }

    protected Inbound awaitInbound() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !engine.received().isEmpty());
        return engine.received().get(0);
    }

    protected static List<JsonNode> awaitMessages(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> microsoft.postedMessages().size() >= count);
        return microsoft.postedMessages();
    }
}
