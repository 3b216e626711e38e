package se.connectbot.slack.testing;

import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.connectbot.coretesting.ChosenLanguages;
import se.connectbot.coretesting.ScriptedEngine;

/**
 * The adapter running for real (Tomcat, Bolt, PostgreSQL) in single-workspace mode, with Slack
 * faked at the wire and a scripted core. Subclasses share one application context.
 */
@SpringBootTest(classes = SlackTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "SLACK_SIGNING_SECRET=" + SlackWireTest.SECRET,
                "SLACK_BOT_TOKEN=xoxb-single-workspace-token",
                "embedded-db.database=slack_single",
                "connectbot.dispatch.working-note-delay=800ms",
                "connectbot.slack.max-upload-size=4KB",
                "connectbot.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
        })
public abstract class SlackWireTest {

    public static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    protected static final FakeSlack slack = FakeSlack.instance();
    protected static final SignedRequests requests = new SignedRequests(SECRET);

    @Autowired
    protected ScriptedEngine engine;

    @Autowired
    protected ChosenLanguages languages;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("SLACK_API_URL", slack::apiUrl);
    }

    @BeforeEach
    void resetTheWorld() {
        requests.baseUrl("http://localhost:" + port);
        engine.reset();
        languages.reset();
        slack.reset();
    }

    /** Waits until a path of the fake Slack got at least {@code count} requests, and returns them. */
    protected static List<LoggedRequest> awaitRequests(String path, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.requestsTo(path).size() >= count);
        return slack.requestsTo(path);
    }

    protected static List<LoggedRequest> awaitCalls(String method, int count) {
        return awaitRequests("/api/" + method, count);
    }
}
