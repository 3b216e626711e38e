package se.connectbot.teams.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.teams.testing.Activities;
import se.connectbot.teams.testing.FakeMicrosoft;
import se.connectbot.teams.testing.TeamsWireTest;

class MessagesTest extends TeamsWireTest {

    @Autowired
    ConversationStore conversations;

    @Test
    void personalMessageReachesTheCoreAndTheAnswerGoesToTheServiceUrlAsACard() {
        engine.answer(Reply.of(Block.heading("Status"), Block.text("Tjänsten är aktiv.")));
        JsonNode activity = activities.personal(Activities.ANNA, "status 070-123 45 67", "sv-SE");

        var response = send(activity);

        assertThat(response.statusCode()).isEqualTo(200);
        Inbound inbound = awaitInbound();
        assertThat(inbound.payload()).isEqualTo(new Inbound.Text("status 070-123 45 67"));
        assertThat(inbound.user().platform()).isEqualTo(Platform.TEAMS);
        assertThat(inbound.user().workspaceId()).isEqualTo(FakeMicrosoft.TENANT);
        assertThat(inbound.conversation()).isEqualTo(new ConversationRef(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.ANNAS_CHAT, false));
        assertThat(inbound.locale()).isEqualTo(Locale.forLanguageTag("sv-SE"));
        assertThat(inbound.names().user()).isEqualTo("Anna Lindqvist");

        JsonNode card = awaitMessages(1).get(0).path("attachments").get(0);
        assertThat(card.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.path("content").path("version").asText()).isEqualTo("1.5");
        assertThat(card.toString()).contains("Tjänsten är aktiv.");
        LoggedRequest posted = microsoft.connectorCalls("POST", "conversations/a%3Aanna-personal-chat/activities").getLast();
        assertThat(posted.getHeader("Authorization")).isEqualTo("Bearer " + FakeMicrosoft.CONNECTOR_TOKEN);
    }

    /** Issue 7: never log a secret. Neither the app's password, nor the connector token, nor a caller's token, good or forged. */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void neitherTheAppPasswordNorAnyTokenReachesTheLog(CapturedOutput log) {
        engine.answer(Reply.text("Tjänsten är aktiv."));
        JsonNode activity = activities.personal(Activities.ANNA, "status", "sv-SE");
        String good = microsoft.token(activity.path("serviceUrl").asText());
        String forged = microsoft.tokenSignedByStranger(activity.path("serviceUrl").asText());

        assertThat(teams.send(activity, forged).statusCode()).isEqualTo(401);
        assertThat(teams.send(activity, good).statusCode()).isEqualTo(200);
        awaitMessages(1);

        assertThat(log.getAll()).isNotEmpty().doesNotContain("app-password-never-logged").doesNotContain(FakeMicrosoft.CONNECTOR_TOKEN)
                .doesNotContain(good).doesNotContain(forged).doesNotContain(good.substring(good.lastIndexOf('.') + 1));
    }

    @Test
    void theBotShowsItIsTypingBeforeItAnswers() {
        send(activities.personal(Activities.ANNA, "hjälp", "sv-SE"));

        awaitMessages(1);
        List<String> types = microsoft.connectorCalls("POST", "conversations/.+/activities").stream()
                .map(r -> FakeMicrosoft.json(r.getBodyAsString()).path("type").asText()).toList();
        assertThat(types).startsWith("typing", "message");
    }

    @Test
    void channelMessageCountsOnlyWhenItMentionsTheBotAndTheMentionIsStripped() {
        send(activities.channel(Activities.ANNA, "fakturor obetalda", false));
        JsonNode mentioned = activities.channel(Activities.ANNA, "fakturor obetalda", true);
        send(mentioned);

        Inbound inbound = awaitInbound();
        assertThat(inbound.payload()).isEqualTo(new Inbound.Text("fakturor obetalda"));
        assertThat(inbound.conversation()).isEqualTo(new ConversationRef(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.CHANNEL, true));
        assertThat(inbound.names().workspace()).isEqualTo("Nordkust Logistik");
        awaitMessages(1);
        assertThat(engine.received()).hasSize(1);
        // the answer goes into the thread the question was asked in
        assertThat(microsoft.connectorCalls("POST", "conversations/.*messageid.*/activities")).isNotEmpty();
    }

    @Test
    void aRedeliveredActivityRunsOnce() {
        JsonNode activity = activities.personal(Activities.ANNA, "fyll på", "sv-SE");

        send(activity);
        awaitMessages(1);
        send(activity);
        send(activity);

        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> engine.received().size() == 1);
        assertThat(microsoft.postedMessages()).hasSize(1);
    }

    @Test
    void groupChatMessagesAreSharedConversations() {
        send(activities.groupChat(Activities.KARL, "help"));

        Inbound inbound = awaitInbound();
        assertThat(inbound.conversation().shared()).isTrue();
        assertThat(inbound.locale()).isEqualTo(Locale.forLanguageTag("en-GB"));
    }

    @Test
    void actionSubmitIsAnActionAndItsAnswerReplacesTheClickedCard() {
        engine.answer(Reply.text("Steg 2 av 3"));
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("connectKind", "action").put("connectId", "topup.amount")
                .put("connectValue", "5GB");

        send(activities.submit(Activities.ANNA, Activities.ANNAS_CHAT, "personal", "card-42", data));

        assertThat(awaitInbound().payload()).isEqualTo(new Inbound.Action("topup.amount", "5GB"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !microsoft.connectorCalls("PUT", "conversations/.+/activities/card-42").isEmpty());
        JsonNode update = FakeMicrosoft.json(microsoft.connectorCalls("PUT", "conversations/.+/activities/card-42").get(0).getBodyAsString());
        assertThat(update.toString()).contains("Steg 2 av 3");
        assertThat(microsoft.postedMessages()).isEmpty();
    }

    @Test
    void aDoubleClickOnOneCardRunsOnceButTheSameButtonOnTheCardsNextRenderingRunsAgain() {
        ObjectNode first = JsonNodeFactory.instance.objectNode().put("connectKind", "action").put("connectId", "dialog")
                .put("connectValue", "d1|confirm|order").put("connectCard", "rendering-1");

        send(activities.submit(Activities.ANNA, Activities.ANNAS_CHAT, "personal", "card-50", first));
        send(activities.submit(Activities.ANNA, Activities.ANNAS_CHAT, "personal", "card-50", first));
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(4)).until(() -> engine.received().size() == 1);

        // the answer replaced the card in place (same message id), with buttons of a new rendering
        send(activities.submit(Activities.ANNA, Activities.ANNAS_CHAT, "personal", "card-50", first.deepCopy().put("connectCard", "rendering-2")));
        await().atMost(Duration.ofSeconds(5)).until(() -> engine.received().size() == 2);
    }

    @Test
    void formSubmitIsAFormSubmissionWithItsInputs() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("connectKind", "form").put("connectId", "ticket.form")
                .put("in_subject", "Trasig router").put("in_description", "Lampan blinkar rött\nsedan i morse");

        send(activities.submit(Activities.ANNA, Activities.ANNAS_CHAT, "personal", "card-7", data));

        assertThat(awaitInbound().payload()).isEqualTo(new Inbound.FormSubmission("ticket.form",
                Map.of("subject", "Trasig router", "description", "Lampan blinkar rött\nsedan i morse")));
    }

    @Test
    void aSubmitThatIsNotOursReachesNothing() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("msteams", "something else");
        assertThat(send(activities.submit(Activities.ANNA, Activities.ANNAS_CHAT, "personal", "card-8", data)).statusCode()).isEqualTo(200);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> engine.received().isEmpty());
    }

    @Test
    void actionExecuteIsAnsweredAsAnInvokeAndReachesTheCoreAsAnAction() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("connectKind", "select").put("connectId", "status.service")
                .put("connectInput", "connectChoice_2").put("connectChoice_2", "svc-123");

        var response = send(activities.execute(Activities.KARL, Activities.GROUP_CHAT, "groupChat", "card-9", data));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode invoke = FakeMicrosoft.json(response.body());
        assertThat(invoke.path("statusCode").asInt()).isEqualTo(200);
        assertThat(invoke.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
        assertThat(invoke.path("value").asText()).isEqualTo("Working on it.");
        assertThat(awaitInbound().payload()).isEqualTo(new Inbound.Action("status.service", "svc-123"));
        // the answer is awaited here, so that it cannot arrive during the next test
        await().atMost(Duration.ofSeconds(10)).until(() -> microsoft.connectorCalls("PUT", "conversations/.+/activities/card-9").stream()
                .anyMatch(r -> r.getBodyAsString().contains("svc-123")));
    }

    @Test
    void aGroupChatWhoseActivityLacksItsConversationTypeIsStillNoPlaceForAPrivateAnswer() {
        engine.answer(Reply.text("Faktura 1001: 4 250 kr, obetald.").privately());
        ObjectNode activity = activities.groupChat(Activities.ANNA, "fakturor");
        ((ObjectNode) activity.get("conversation")).remove("conversationType"); // isGroup still says what it is

        send(activity);

        awaitMessages(2);
        assertThat(microsoft.connectorCalls("POST", "conversations/a%3Apersonal-chat-with-user/activities"))
                .singleElement().satisfies(r -> assertThat(r.getBodyAsString()).contains("Faktura 1001"));
        assertThat(microsoft.connectorCalls("POST", "conversations/19%3Agroup.*/activities"))
                .noneMatch(r -> r.getBodyAsString().contains("Faktura"));
    }

    @Test
    void privateAnswerAskedInAChannelGoesToThePersonsOneToOneChatWithANoteInTheChannel() {
        engine.answer(Reply.text("Faktura 1001: 4 250 kr, obetald.").privately());

        send(activities.channel(Activities.ANNA, "fakturor", true));

        List<JsonNode> messages = awaitMessages(2);
        LoggedRequest created = microsoft.connectorCalls("POST", "conversations").get(0);
        JsonNode parameters = FakeMicrosoft.json(created.getBodyAsString());
        assertThat(parameters.path("members").get(0).path("id").asText()).isEqualTo(Activities.ANNA);
        assertThat(parameters.path("tenantId").asText()).isEqualTo(FakeMicrosoft.TENANT);
        List<LoggedRequest> toChat = microsoft.connectorCalls("POST", "conversations/a%3Apersonal-chat-with-user/activities");
        assertThat(toChat).hasSize(1);
        assertThat(toChat.get(0).getBodyAsString()).contains("Faktura 1001");
        List<LoggedRequest> inChannel = microsoft.connectorCalls("POST", "conversations/19%3Ageneral.*/activities");
        assertThat(inChannel).filteredOn(r -> r.getBodyAsString().contains("\"message\""))
                .singleElement().satisfies(r -> assertThat(r.getBodyAsString()).doesNotContain("Faktura").contains("privata chatt"));
        assertThat(messages).hasSize(2);
    }

    @Test
    void aThrottlingConnectorIsWaitedOutAsItAsks() {
        microsoft.stub(post(urlPathMatching("/teams/v3/conversations/.+/activities")).atPriority(1)
                .inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("again"));
        microsoft.stub(post(urlPathMatching("/teams/v3/conversations/.+/activities")).atPriority(1)
                .inScenario("throttled").whenScenarioStateIs("again")
                .willReturn(okJson("{\"id\":\"after-429\"}")));
        engine.answer(Reply.text("Svar efter väntan"));

        send(activities.personal(Activities.ANNA, "översikt", "sv-SE"));

        // the first call (the typing indicator, or the answer itself when pacing skipped the indicator) meets the 429
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<LoggedRequest> calls = microsoft.connectorCalls("POST", "conversations/.+/activities");
            return calls.size() >= 2 && calls.getLast().getBodyAsString().contains("Svar efter väntan");
        });
        List<LoggedRequest> calls = microsoft.connectorCalls("POST", "conversations/.+/activities");
        assertThat(calls.get(1).getLoggedDate().getTime() - calls.get(0).getLoggedDate().getTime())
                .as("tried again no sooner than Retry-After's second").isGreaterThanOrEqualTo(950);
    }

    @Test
    void theBotAddedToAChannelIsRecordedForProactiveMessages() {
        send(activities.botMembership(true));

        var stored = conversations.find(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.CHANNEL).orElseThrow();
        assertThat(stored.platformData()).containsEntry("serviceUrl", microsoft.serviceUrl()).containsEntry("installed", "true")
                .containsEntry("conversationType", "channel");
        assertThat(stored.conversation().shared()).isTrue();

        send(activities.botMembership(false));
        assertThat(conversations.find(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.CHANNEL).orElseThrow().platformData())
                .containsEntry("installed", "false");
    }
}
