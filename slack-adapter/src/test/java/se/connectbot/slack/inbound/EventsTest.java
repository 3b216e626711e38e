package se.connectbot.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.reply.Reply;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SlackWireTest;

class EventsTest extends SlackWireTest {

    @Test
    void directMessageToTheBotReachesTheCoreAsPrivateTextAndIsAnsweredInTheDirectMessages() {
        engine.answer(Reply.text("Hej Karl!"));

        HttpResponse<String> ack = requests.sendEvent(event("Ev0DM1", "message",
                "\"channel\":\"D0KARLDM\",\"channel_type\":\"im\",\"user\":\"" + FakeSlack.BRIT + "\",\"text\":\"whoami\",\"ts\":\"1.1\""), Map.of());

        assertThat(ack.statusCode()).isEqualTo(200);
        await().until(() -> !engine.received().isEmpty());
        Inbound inbound = engine.received().get(0);
        assertThat(inbound.deliveryId()).isEqualTo("ev:Ev0DM1");
        assertThat(inbound.conversation().shared()).isFalse();
        assertThat(inbound.conversation().channelId()).isEqualTo("D0KARLDM");
        assertThat(inbound.payload()).isEqualTo(new Inbound.Text("whoami"));
        LoggedRequest post = awaitCalls("chat.postMessage", 1).get(0);
        assertThat(FakeSlack.form(post)).containsEntry("channel", "D0KARLDM").containsEntry("text", "Hej Karl!");
        assertThat(post.getHeader("Authorization")).isEqualTo("Bearer xoxb-single-workspace-token");
    }

    @Test
    void mentionInAChannelHasTheMentionStrippedAndAPrivateAnswerIsEphemeral() {
        engine.answer(Reply.text("Bara för dig.").privately());

        requests.sendEvent(event("Ev0MENTION", "app_mention",
                "\"channel\":\"C0GENERAL\",\"user\":\"" + FakeSlack.SWEDE + "\",\"text\":\"<@" + FakeSlack.BOT_USER
                        + "> fakturor obetalda\",\"ts\":\"2.2\""), Map.of());

        await().until(() -> !engine.received().isEmpty());
        Inbound inbound = engine.received().get(0);
        assertThat(inbound.payload()).isEqualTo(new Inbound.Text("fakturor obetalda"));
        assertThat(inbound.conversation().shared()).isTrue();
        Map<String, String> ephemeral = FakeSlack.form(awaitCalls("chat.postEphemeral", 1).get(0));
        assertThat(ephemeral).containsEntry("channel", "C0GENERAL").containsEntry("user", FakeSlack.SWEDE);
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void retriedEventDeliveryIsHandledOnce() throws InterruptedException {
        String event = event("Ev0RETRY", "message",
                "\"channel\":\"D0KARLDM\",\"channel_type\":\"im\",\"user\":\"" + FakeSlack.BRIT + "\",\"text\":\"status\",\"ts\":\"3.3\"");

        assertThat(requests.sendEvent(event, Map.of()).statusCode()).isEqualTo(200);
        assertThat(requests.sendEvent(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode())
                .isEqualTo(200);
        assertThat(requests.sendEvent(event, Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout")).statusCode())
                .isEqualTo(200);

        awaitCalls("chat.postMessage", 1);
        Thread.sleep(800);
        assertThat(engine.received()).hasSize(1);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void messagesFromBotsAndOutsideDirectMessagesAreNotAnswered() throws InterruptedException {
        requests.sendEvent(event("Ev0BOT", "message",
                "\"channel\":\"D0KARLDM\",\"channel_type\":\"im\",\"user\":\"U0X\",\"bot_id\":\"B0OTHER\",\"text\":\"hi\",\"ts\":\"4.4\""), Map.of());
        requests.sendEvent(event("Ev0CHANNEL", "message",
                "\"channel\":\"C0GENERAL\",\"channel_type\":\"channel\",\"user\":\"" + FakeSlack.BRIT + "\",\"text\":\"hi\",\"ts\":\"4.5\""), Map.of());

        Thread.sleep(600);
        assertThat(engine.received()).isEmpty();
    }

    @Test
    void urlVerificationIsAnsweredWithTheChallenge() {
        HttpResponse<String> response = requests.sendEvent(
                "{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    static String event(String eventId, String type, String fields) {
        return "{\"token\":\"x\",\"team_id\":\"" + FakeSlack.TEAM + "\",\"api_app_id\":\"A123\",\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,"
                + "\"authorizations\":[{\"team_id\":\"" + FakeSlack.TEAM + "\",\"user_id\":\"" + FakeSlack.BOT_USER + "\",\"is_bot\":true}],"
                + "\"event\":{\"type\":\"" + type + "\"," + fields + "}}";
    }
}
