package se.connectbot.slack.deliver;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Capability;
import se.connectbot.coretesting.MemoryFileStore;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SignedRequests;
import se.connectbot.slack.testing.SlackWireTest;

class DeliveryTest extends SlackWireTest {

    private static final byte[] PDF = "%PDF-1.7\nfaktura 1001\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MemoryFileStore files;

    /** An invoice PDF as the core delivers it: kept in its file store, the reply carrying the reference. */
    private Block.Attachment stored(String fileName, byte[] content, String title) {
        StoredFile file = files.save(new ChatUser(Platform.SLACK, FakeSlack.TEAM, FakeSlack.BRIT), Capability.VIEW_INVOICES,
                fileName, "application/pdf", content);
        return file.attachment(title);
    }

    @Test
    void invoicePdfIsUploadedThroughSlacksUploadFlowIntoTheConversationItWasAskedIn() {
        engine.answer(Reply.of(Block.text("Här är fakturan."), stored("faktura-1001", PDF, "Faktura 1001")));

        requests.sendEvent(EventsDm.message("Ev0FILE", "faktura 1001 pdf"), Map.of());

        Map<String, String> getUrl = FakeSlack.form(awaitCalls("files.getUploadURLExternal", 1).get(0));
        assertThat(getUrl).containsEntry("filename", "faktura-1001.pdf").containsEntry("length", String.valueOf(PDF.length));
        LoggedRequest upload = awaitRequests("/upload/F0FILE", 1).get(0);
        assertThat(upload.getBody()).isEqualTo(PDF);
        assertThat(upload.getHeader("Content-Type")).startsWith("application/pdf");
        Map<String, String> complete = FakeSlack.form(awaitCalls("files.completeUploadExternal", 1).get(0));
        assertThat(complete).containsEntry("channel_id", EventsDm.CHANNEL);
        JsonObject file = JsonParser.parseString(complete.get("files")).getAsJsonArray().get(0).getAsJsonObject();
        assertThat(file.get("id").getAsString()).isEqualTo("F0FILE");
        assertThat(file.get("title").getAsString()).isEqualTo("Faktura 1001");
        assertThat(FakeSlack.form(awaitCalls("chat.postMessage", 1).get(0))).containsEntry("text", "Här är fakturan.");
    }

    @Test
    void privateFileAskedForInAChannelGoesToTheUsersDirectMessagesWithANote() {
        engine.answer(Reply.of(stored("faktura-1002.pdf", PDF, null)).privately());

        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "faktura 1002", "trigger-file", slack.responseUrl("file")));

        Map<String, String> complete = FakeSlack.form(awaitCalls("files.completeUploadExternal", 1).get(0));
        assertThat(complete).containsEntry("channel_id", FakeSlack.OPENED_DM);
        assertThat(FakeSlack.form(slack.calls("conversations.open").get(0))).containsEntry("users", FakeSlack.SWEDE);
        JsonObject note = FakeSlack.json(awaitRequests("/hooks/file", 1).get(0).getBodyAsString());
        assertThat(note.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(note.get("text").getAsString()).contains("faktura-1002.pdf").contains("direktmeddelande");
    }

    @Test
    void fileOverTheUploadLimitReachesThePersonAsASignedLinkOnlyTheySee() {
        byte[] large = new byte[5 * 1024];
        Block.Attachment file = stored("rapport-stor.pdf", large, "Stor rapport");
        engine.answer(Reply.of(Block.text("Här är rapporten."), file));

        requests.sendEvent(EventsDm.message("Ev0LARGE", "rapport"), Map.of());

        Map<String, String> note = FakeSlack.form(awaitCalls("chat.postEphemeral", 1).get(0));
        assertThat(note).containsEntry("user", FakeSlack.BRIT);
        assertThat(note.get("blocks")).contains("rapport-stor.pdf");
        assertThat(linkIn(note)).startsWith("http://localhost:8080/files/" + file.file() + "?exp=").contains("&sig=");
        assertThat(slack.calls("files.getUploadURLExternal")).isEmpty();
    }

    @Test
    void fileSlackRefusesEverywhereReachesThePersonAsASignedLink() {
        slack.server().stubFor(post(urlPathEqualTo("/api/files.getUploadURLExternal")).atPriority(1)
                .willReturn(okJson("{\"ok\":false,\"error\":\"file_uploads_disabled\"}")));
        Block.Attachment file = stored("faktura-1003.pdf", PDF, "Faktura 1003");
        engine.answer(Reply.of(file));

        requests.sendEvent(EventsDm.message("Ev0REFUSED", "faktura 1003"), Map.of());

        Map<String, String> note = FakeSlack.form(awaitCalls("chat.postEphemeral", 1).get(0));
        assertThat(linkIn(note)).startsWith("http://localhost:8080/files/" + file.file() + "?exp=");
        assertThat(slack.calls("files.completeUploadExternal")).isEmpty();
    }

    private static String linkIn(Map<String, String> message) {
        return JsonParser.parseString(message.get("blocks")).getAsJsonArray().get(1).getAsJsonObject()
                .getAsJsonObject("accessory").get("url").getAsString();
    }

    @Test
    void rateLimitedPostIsRetriedAfterTheSecondsSlackAsks() {
        slack.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .inScenario("rate").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("")));
        slack.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .inScenario("rate").whenScenarioStateIs("limited")
                .willReturn(okJson("{\"ok\":true,\"channel\":\"" + EventsDm.CHANNEL + "\",\"ts\":\"1.2\"}")));
        engine.answer(Reply.text("Efter väntan."));

        requests.sendEvent(EventsDm.message("Ev0RATE", "status"), Map.of());

        List<LoggedRequest> posts = awaitCalls("chat.postMessage", 2);
        long waitedMillis = posts.get(1).getLoggedDate().getTime() - posts.get(0).getLoggedDate().getTime();
        assertThat(waitedMillis).isGreaterThanOrEqualTo(950);
        assertThat(FakeSlack.form(posts.get(1))).containsEntry("text", "Efter väntan.");
    }

    @Test
    void textThatTriesToPingOrLinkComesOutHarmless() {
        String hostile = "Hej <!channel> och <@U123>, klicka <http://evil|x> & <!here>";
        engine.answer(Reply.of(Block.text(hostile), Block.heading(hostile),
                new Block.Fields(List.of(new Block.Field("Namn <@U123>", hostile))),
                new Block.Table(List.of("Kolumn"), List.of(List.of(hostile), List.of("ok")), List.of(), null),
                new Block.Choices(hostile, List.of(Block.Choice.of(hostile, "x.y", "v")), Block.ChoiceStyle.BUTTONS)));

        requests.sendEvent(EventsDm.message("Ev0ESCAPE", "status"), Map.of());

        Map<String, String> post = FakeSlack.form(awaitCalls("chat.postMessage", 1).get(0));
        assertThat(post.get("text")).doesNotContain("<").doesNotContain(">").contains("&lt;!channel&gt;");
        List<JsonObject> texts = FakeSlack.textObjects(JsonParser.parseString(post.get("blocks")));
        assertThat(texts).isNotEmpty();
        for (JsonObject text : texts) {
            String value = text.get("text").getAsString();
            if (text.get("type").getAsString().equals("mrkdwn")) {
                assertThat(value).doesNotContain("<").doesNotContain(">");
                assertThat(text.get("verbatim").getAsBoolean()).isTrue();
            } else {
                assertThat(text.get("emoji").getAsBoolean()).isFalse();
            }
        }
        assertThat(texts).anySatisfy(t -> assertThat(t.get("text").getAsString())
                .contains("&lt;!channel&gt;").contains("&lt;@U123&gt;").contains("&lt;http://evil|x&gt;").contains("&amp;"));
    }

    @Test
    void replyLongerThanTheResponseUrlsFiveUsesContinuesThroughTheWebApiInOrder() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 7_000; i++) {
            text.append("Rad ").append(i).append(" i en mycket lång lista.\n");
        }
        engine.answer(Reply.text(text.toString()));

        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "allt", "trigger-long", slack.responseUrl("long")));

        org.awaitility.Awaitility.await().until(() -> slack.calls("chat.postMessage").stream()
                .anyMatch(r -> FakeSlack.form(r).get("blocks").contains("Rad 6999 i en mycket lång lista.")));
        List<LoggedRequest> viaUrl = slack.requestsTo("/hooks/long");
        List<LoggedRequest> viaApi = slack.calls("chat.postMessage");
        assertThat(viaUrl).hasSize(5);
        assertThat(FakeSlack.form(viaApi.get(viaApi.size() - 1)).get("blocks")).contains("Rad 6999 i en mycket lång lista.");
        assertThat(viaApi.get(0).getLoggedDate()).isAfterOrEqualTo(viaUrl.get(4).getLoggedDate());
        assertThat(FakeSlack.json(viaUrl.get(0).getBodyAsString()).toString()).contains("Rad 0 i en mycket lång lista.");
    }

    @Test
    void responseUrlOffSlacksHostsIsNotFollowedAndTheAnswerComesThroughTheWebApi() throws InterruptedException {
        engine.answer(Reply.text("Svar som inte får gå vilse."));
        String elsewhere = slack.responseUrl("elsewhere").replace("localhost", "127.0.0.1");

        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "status", "trigger-elsewhere", elsewhere));

        assertThat(FakeSlack.form(awaitCalls("chat.postMessage", 1).get(0)))
                .containsEntry("channel", "C0GENERAL").containsEntry("text", "Svar som inte får gå vilse.");
        Thread.sleep(300);
        assertThat(slack.requestsTo("/hooks/elsewhere")).isEmpty();
    }

    @Test
    void privateAnswerWithAResponseUrlOffSlacksHostsStaysEphemeral() throws InterruptedException {
        engine.answer(Reply.text("Bara för dig.").privately());

        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "fakturor", "trigger-elsewhere-2", "http://127.0.0.1:9/hooks/x"));

        assertThat(FakeSlack.form(awaitCalls("chat.postEphemeral", 1).get(0)))
                .containsEntry("channel", "C0GENERAL").containsEntry("user", FakeSlack.SWEDE);
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void answerSlackWillNotPostInAChannelIsExplainedToThePersonInTheirDirectMessages() {
        slack.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("channel=C0PRIVATE"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));
        slack.api("chat.postEphemeral", "{\"ok\":false,\"error\":\"not_in_channel\"}");
        engine.answer(Reply.text("Status för 0701234567: aktiv."));

        requests.sendEvent(mention("Ev0NOTIN", "C0PRIVATE", FakeSlack.SWEDE), Map.of());

        org.awaitility.Awaitility.await().until(() -> slack.calls("chat.postMessage").stream()
                .anyMatch(r -> FakeSlack.form(r).get("channel").equals(FakeSlack.OPENED_DM)));
        Map<String, String> note = slack.calls("chat.postMessage").stream().map(FakeSlack::form)
                .filter(f -> f.get("channel").equals(FakeSlack.OPENED_DM)).findFirst().orElseThrow();
        assertThat(note.get("text")).contains("not_in_channel").contains("/invite @Connect").startsWith("Jag kunde inte");
        assertThat(note).doesNotContainKey("blocks");
    }

    @Test
    void answerWhoseBlocksSlackRefusesIsFollowedByAPlainNoteInTheUsersLanguage() {
        slack.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("blocks="))
                .willReturn(okJson("{\"ok\":false,\"error\":\"invalid_blocks\"}")));
        engine.answer(Reply.text("Something Slack dislikes."));

        requests.sendEvent(EventsDm.message("Ev0INVALID", "status"), Map.of());

        List<LoggedRequest> posts = awaitCalls("chat.postMessage", 2);
        Map<String, String> note = FakeSlack.form(posts.get(1));
        assertThat(note).containsEntry("channel", EventsDm.CHANNEL).doesNotContainKey("blocks");
        assertThat(note.get("text")).startsWith("Slack would not take my answer (invalid_blocks)");
    }

    private static String mention(String eventId, String channel, String user) {
        return "{\"token\":\"x\",\"team_id\":\"" + FakeSlack.TEAM + "\",\"api_app_id\":\"A123\",\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,"
                + "\"event\":{\"type\":\"app_mention\",\"channel\":\"" + channel + "\",\"user\":\"" + user
                + "\",\"text\":\"<@" + FakeSlack.BOT_USER + "> status\",\"ts\":\"8.8\"}}";
    }

    /** A direct message from the English-speaking user, as an Events API delivery. */
    static final class EventsDm {
        static final String CHANNEL = "D0KARLDM";

        static String message(String eventId, String text) {
            return "{\"token\":\"x\",\"team_id\":\"" + FakeSlack.TEAM + "\",\"api_app_id\":\"A123\",\"type\":\"event_callback\","
                    + "\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,"
                    + "\"event\":{\"type\":\"message\",\"channel\":\"" + CHANNEL + "\",\"channel_type\":\"im\",\"user\":\""
                    + FakeSlack.BRIT + "\",\"text\":\"" + text + "\",\"ts\":\"9.9\"}}";
        }
    }
}
