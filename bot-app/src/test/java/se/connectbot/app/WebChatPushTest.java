package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.reply.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A message sent unasked through the core's Outbound reaches the web chat user's open page, and an update replaces it. */
@WholeBotTest
class WebChatPushTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Outbound outbound;
    @Autowired
    ConversationStore conversations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMessagePostedThroughOutboundReachesTheSignedInUsersOpenPageAndAnUpdateReplacesIt() {
        WebChatClient anna = new WebChatClient(URI.create("http://localhost:" + port));
        anna.session();
        anna.signIn(WebChatEndToEndTest.ANNA, WebChatEndToEndTest.PASSWORD);
        anna.session();
        anna.say("hjälp");
        var chat = conversations.latestIn(Platform.WEB, "web").orElseThrow().conversation();
        JsonNode before = poll(anna, 0);

        MessageRef posted = outbound.post(chat, Reply.text("Driftstörning i Umeå"));
        JsonNode arrived = poll(anna, before.get("revision").asLong());

        assertThat(arrived.get("messages")).hasSize(1);
        JsonNode message = arrived.get("messages").get(0);
        assertThat(message.get("messageId").asString()).isEqualTo(posted.messageId());
        assertThat(message.get("reply").get("blocks").get(0).get("text").asString()).isEqualTo("Driftstörning i Umeå");
        assertThat(poll(anna, arrived.get("revision").asLong()).get("messages")).as("nothing new since").isEmpty();

        outbound.update(posted, Reply.text("Åtgärdad: driftstörning i Umeå"));
        JsonNode updated = poll(anna, arrived.get("revision").asLong()).get("messages");
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).get("messageId").asString()).as("the same message, to replace").isEqualTo(posted.messageId());
        assertThat(updated.get(0).get("reply").get("blocks").get(0).get("text").asString()).isEqualTo("Åtgärdad: driftstörning i Umeå");
        assertThat(jdbc.sql("select reply_view from web_chat_push where message_id = :id").param("id", posted.messageId())
                .query(String.class).single()).as("kept sealed").startsWith("v1:").doesNotContain("Umeå");
    }

    @Test
    void anotherBrowserNeverSeesIt() {
        WebChatClient anna = new WebChatClient(URI.create("http://localhost:" + port));
        anna.session();
        anna.say("hjälp");
        outbound.post(conversations.latestIn(Platform.WEB, "web").orElseThrow().conversation(), Reply.text("Bara för dig"));

        WebChatClient other = new WebChatClient(URI.create("http://localhost:" + port));
        other.session();
        assertThat(poll(other, 0).get("messages")).isEmpty();
        assertThat(poll(anna, 0).get("messages").toString()).contains("Bara för dig");
    }

    private JsonNode poll(WebChatClient client, long after) {
        HttpResponse<String> response = client.get(URI.create("http://localhost:" + port + "/api/chat/pushed?after=" + after));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
