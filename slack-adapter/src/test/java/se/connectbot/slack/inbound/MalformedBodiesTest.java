package se.connectbot.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SlackWireTest;

/** Bodies that are correctly signed but are not what Slack sends: refused with 400 and a warning, never a 500. */
@ExtendWith(OutputCaptureExtension.class)
class MalformedBodiesTest extends SlackWireTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void interactivityPayloadThatIsNotJsonIsRefused(CapturedOutput log) {
        assertRefused(requests.send("payload=notjson", FORM), log);
    }

    @Test
    void interactivityPayloadThatIsAJsonArrayIsRefused(CapturedOutput log) {
        assertRefused(requests.send("payload=%5B1%2C2%5D", FORM), log);
    }

    @Test
    void blockActionsWithoutUserIsRefused(CapturedOutput log) {
        String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + FakeSlack.TEAM + "\"},\"trigger_id\":\"t\","
                + "\"channel\":{\"id\":\"C0GENERAL\"},\"actions\":[{\"action_id\":\"status.show:0\",\"value\":\"x\",\"action_ts\":\"1.1\"}]}";

        assertRefused(requests.sendInteraction(payload), log);
    }

    @Test
    void viewSubmissionWithoutViewIsRefused(CapturedOutput log) {
        String payload = "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + FakeSlack.TEAM + "\"},\"user\":{\"id\":\""
                + FakeSlack.SWEDE + "\"},\"trigger_id\":\"t\"}";

        assertRefused(requests.sendInteraction(payload), log);
    }

    @Test
    void eventCallbackWithoutEventIsRefused(CapturedOutput log) {
        String event = "{\"token\":\"x\",\"team_id\":\"" + FakeSlack.TEAM + "\",\"api_app_id\":\"A123\",\"type\":\"event_callback\","
                + "\"event_id\":\"Ev0NOEVENT\",\"event_time\":1700000000}";

        assertRefused(requests.sendEvent(event, Map.of()), log);
    }

    @Test
    void slashCommandWithABrokenPercentEscapeIsRefused(CapturedOutput log) {
        String body = "token=x&team_id=" + FakeSlack.TEAM + "&channel_id=C0GENERAL&user_id=" + FakeSlack.SWEDE
                + "&command=%2Fconnect&text=%ZZ%&trigger_id=trigger-zz";

        assertRefused(requests.send(body, FORM), log);
    }

    @Test
    void mentionWithoutChannelIsRefusedBeforeItReachesAWorker(CapturedOutput log) {
        String event = EventsTest.event("Ev0NOCHANNEL", "app_mention", "\"user\":\"" + FakeSlack.SWEDE + "\",\"text\":\"hej\",\"ts\":\"1.1\"");

        assertRefused(requests.sendEvent(event, Map.of()), log);
    }

    @Test
    void eventWithAFieldOfTheWrongTypeIsRefused(CapturedOutput log) {
        String event = EventsTest.event("Ev0WRONGTYPE", "message",
                "\"channel\":\"D0KARLDM\",\"channel_type\":\"im\",\"user\":{\"id\":\"U1\"},\"text\":\"hej\",\"ts\":\"1.1\"");

        assertRefused(requests.sendEvent(event, Map.of()), log);
    }

    private void assertRefused(HttpResponse<String> response, CapturedOutput log) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(log.getOut()).contains("WARN").contains("Refused a malformed Slack request");
        assertThat(log.getOut()).doesNotContain("NullPointerException").doesNotContain("ERROR");
        assertThat(engine.received()).isEmpty();
    }
}
