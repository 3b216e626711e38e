package se.connectbot.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.slack.render.ActionIds;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SignedRequests;
import se.connectbot.slack.testing.SlackWireTest;

class ActionsAndFormsTest extends SlackWireTest {

    @Autowired
    JdbcClient jdbc;

    private static final Block.Form TICKET_FORM = new Block.Form("ticket.new", "Nytt ärende om driftstörning", List.of(
            new Block.Input("title", "Rubrik", Block.InputKind.TEXT, true, 120, null, List.of()),
            new Block.Input("message", "Meddelande", Block.InputKind.MULTILINE, true, 4000, null, List.of()),
            new Block.Input("priority", "Prioritet", Block.InputKind.SELECT, false, 0, "NORMAL",
                    List.of(new Block.Option("Normal", "NORMAL"), new Block.Option("Hög", "HIGH")))), "Skicka");

    @Test
    void topUpConfirmationIsOfferedAsStyledButtonsAndAClickReachesTheCoreAsItsAction() {
        engine.answer(Reply.of(Block.text("Fyll på 5 GB på 0701234567 för 99 kr?"),
                new Block.Choices(null, List.of(
                        Block.Choice.of("Bekräfta", "topup.confirm", "dialog-42").withEmphasis(Block.Emphasis.PRIMARY),
                        Block.Choice.of("Avbryt", "topup.cancel", "dialog-42").withEmphasis(Block.Emphasis.DANGER)),
                        Block.ChoiceStyle.BUTTONS)));
        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "fyll på 0701234567 5GB", "trigger-topup", slack.responseUrl("topup")));
        JsonArray buttons = FakeSlack.json(awaitRequests("/hooks/topup", 1).get(0).getBodyAsString())
                .getAsJsonArray("blocks").get(1).getAsJsonObject().getAsJsonArray("elements");
        JsonObject confirm = buttons.get(0).getAsJsonObject();
        assertThat(confirm.get("style").getAsString()).isEqualTo("primary");
        assertThat(buttons.get(1).getAsJsonObject().get("style").getAsString()).isEqualTo("danger");
        engine.reset();

        HttpResponse<String> ack = requests.sendInteraction(click(confirm.get("action_id").getAsString(),
                confirm.get("value").getAsString(), "1700000001.000001", "trigger-click", "click"));

        assertThat(ack.statusCode()).isEqualTo(200);
        await().until(() -> !engine.received().isEmpty());
        Inbound inbound = engine.received().get(0);
        assertThat(inbound.payload()).isEqualTo(new Inbound.Action("topup.confirm", "dialog-42"));
        assertThat(inbound.deliveryId()).isEqualTo("act:" + FakeSlack.SWEDE + ":1700000001.000001:topup.confirm#0");
        awaitRequests("/hooks/click", 1);
    }

    @Test
    void doubleClickOnTheSameButtonRunsOnce() throws InterruptedException {
        requests.sendInteraction(click("topup.confirm#0", "dialog-7", "1700000002.000001", "trigger-d1", "double"));
        requests.sendInteraction(click("topup.confirm#0", "dialog-7", "1700000002.400001", "trigger-d2", "double"));

        awaitRequests("/hooks/double", 1);
        Thread.sleep(800);
        assertThat(engine.received()).hasSize(1);
        assertThat(slack.requestsTo("/hooks/double")).hasSize(1);
    }

    @Test
    void clickAnsweredWithAFailureMayBeRepeatedAtOnceWhileARetryOfItStillRunsOnce() {
        engine.answer(Reply.of(new Block.Text("Portalen svarar inte just nu.", Block.Tone.ERROR)));
        String first = click("invoices.pdf#0", "inv-9", "1700000005.000001", "trigger-e1", "failed1");
        requests.sendInteraction(first);
        awaitRequests("/hooks/failed1", 1);
        engine.answer(Reply.text("Här är fakturan."));

        requests.sendInteraction(click("invoices.pdf#0", "inv-9", "1700000005.900001", "trigger-e2", "failed2"));
        requests.sendInteraction(first);

        assertThat(FakeSlack.json(awaitRequests("/hooks/failed2", 1).get(0).getBodyAsString()).toString()).contains("Här är fakturan.");
        await().during(java.time.Duration.ofMillis(500)).until(() -> engine.received().size() == 2);
        assertThat(slack.requestsTo("/hooks/failed1")).hasSize(1);
    }

    @Test
    void choiceInASelectMenuReachesTheCoreAsTheChosenAction() {
        engine.answer(Reply.of(new Block.Choices("Vilken tjänst?", List.of(
                Block.Choice.of("0701234567", "status.pick", "svc-1"),
                Block.Choice.of("0707654321", "status.pick", "svc-2")), Block.ChoiceStyle.SELECT)));
        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "status 070", "trigger-select", slack.responseUrl("select")));
        JsonObject select = FakeSlack.json(awaitRequests("/hooks/select", 1).get(0).getBodyAsString())
                .getAsJsonArray("blocks").get(1).getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject();
        assertThat(select.get("type").getAsString()).isEqualTo("static_select");
        String secondValue = select.getAsJsonArray("options").get(1).getAsJsonObject().get("value").getAsString();
        engine.reset();

        requests.sendInteraction(selection(select.get("action_id").getAsString(), secondValue));

        await().until(() -> !engine.received().isEmpty());
        assertThat(engine.received().get(0).payload()).isEqualTo(new Inbound.Action("status.pick", "svc-2"));
    }

    @Test
    void formOpensAsAModalAndItsSubmissionReachesTheCoreAndIsAnsweredWhereItWasAsked() {
        engine.answer(Reply.of(TICKET_FORM));
        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "ärende", "trigger-form", slack.responseUrl("form")));

        Map<String, String> viewsOpen = FakeSlack.form(awaitCalls("views.open", 1).get(0));
        assertThat(viewsOpen).containsEntry("trigger_id", "trigger-form");
        JsonObject view = FakeSlack.json(viewsOpen.get("view"));
        assertThat(view.get("type").getAsString()).isEqualTo("modal");
        assertThat(view.getAsJsonObject("title").get("text").getAsString()).hasSizeLessThanOrEqualTo(24);
        assertThat(view.getAsJsonArray("blocks").get(0).toString()).contains("Nytt ärende om driftstörning");
        assertThat(view.getAsJsonArray("blocks")).hasSize(4);
        engine.reset();
        engine.answer(Reply.text("Ärende 5001 är skapat."));

        HttpResponse<String> ack = requests.sendInteraction(submission(view.get("private_metadata").getAsString()));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        await().until(() -> !engine.received().isEmpty());
        Inbound inbound = engine.received().get(0);
        assertThat(inbound.deliveryId()).isEqualTo("view:V0OPENED");
        assertThat(inbound.conversation().channelId()).isEqualTo("C0GENERAL");
        assertThat(inbound.payload()).isEqualTo(new Inbound.FormSubmission("ticket.new",
                Map.of("title", "Ingen täckning", "message", "Sedan i morse.", "priority", "HIGH")));
        assertThat(FakeSlack.json(awaitRequests("/hooks/form", 1).get(0).getBodyAsString()).toString())
                .contains("Ärende 5001 är skapat.");
    }

    @Test
    void formWhoseTriggerExpiredIsOfferedBehindAnOpenButtonThatOpensItForItsOwner() {
        slack.api("views.open", "{\"ok\":false,\"error\":\"expired_trigger_id\"}");
        engine.answer(Reply.of(TICKET_FORM));
        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "ärende", "trigger-expired", slack.responseUrl("expired")));
        JsonObject button = FakeSlack.json(awaitRequests("/hooks/expired", 1).get(0).getBodyAsString())
                .getAsJsonArray("blocks").get(1).getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject();
        assertThat(button.getAsJsonObject("text").get("text").getAsString()).isEqualTo("Öppna formuläret");
        assertThat(jdbc.sql("select form_json || ' ' || origin from parked_form where id = cast(:id as uuid)")
                .param("id", button.get("value").getAsString()).query(String.class).single())
                .as("the waiting form (choices may name the person's services) and its response_url are kept sealed")
                .startsWith("v1:").doesNotContain("Nytt ärende").doesNotContain("Prioritet").doesNotContain("/hooks/expired");
        slack.api("views.open", "{\"ok\":true,\"view\":{\"id\":\"V0LATER\"}}");
        engine.reset();

        requests.sendInteraction(click(button.get("action_id").getAsString(), button.get("value").getAsString(),
                "1700000003.000001", "trigger-open", "open"));

        Map<String, String> viewsOpen = FakeSlack.form(awaitCalls("views.open", 2).get(1));
        assertThat(viewsOpen).containsEntry("trigger_id", "trigger-open");
        assertThat(viewsOpen.get("view")).contains("ticket.new");
        assertThat(engine.received()).isEmpty();
    }

    @Test
    void parkedFormOpensInTheLanguageChosenSinceAndAnswersWhereItWasAskedButNotForSomeoneElse() {
        slack.api("views.open", "{\"ok\":false,\"error\":\"expired_trigger_id\"}");
        engine.answer(Reply.of(TICKET_FORM));
        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "ärende", "trigger-parked", slack.responseUrl("parked")));
        JsonObject button = FakeSlack.json(awaitRequests("/hooks/parked", 1).get(0).getBodyAsString())
                .getAsJsonArray("blocks").get(1).getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject();
        String parkedId = button.get("value").getAsString();
        slack.api("views.open", "{\"ok\":true,\"view\":{\"id\":\"V0PARKED\"}}");
        engine.reset();

        requests.sendInteraction(clickBy(FakeSlack.BRIT, ActionIds.OPEN_FORM, parkedId, "1700000006.000001", "trigger-brit", "brit"));
        assertThat(awaitRequests("/hooks/brit", 1).get(0).getBodyAsString()).contains("This form belongs to someone else.");

        languages.choose(new ChatUser(Platform.SLACK, FakeSlack.TEAM, FakeSlack.SWEDE), Language.EN);
        requests.sendInteraction(click(ActionIds.OPEN_FORM, parkedId, "1700000007.000001", "trigger-anna", "anna"));

        Map<String, String> viewsOpen = FakeSlack.form(awaitCalls("views.open", 2).get(1));
        assertThat(viewsOpen).containsEntry("trigger_id", "trigger-anna");
        JsonObject view = FakeSlack.json(viewsOpen.get("view"));
        assertThat(view.getAsJsonObject("close").get("text").getAsString()).as("rendered when opened, for who opened it").isEqualTo("Cancel");
        JsonObject origin = FakeSlack.json(view.get("private_metadata").getAsString());
        assertThat(origin.get("formId").getAsString()).isEqualTo("ticket.new");
        assertThat(origin.get("channelId").getAsString()).isEqualTo("C0GENERAL");
        assertThat(origin.get("responseUrl").getAsString()).as("answered where it was asked").isEqualTo(slack.responseUrl("parked"));
        assertThat(engine.received()).isEmpty();
    }

    @Test
    void openFormNoteSpeaksTheLanguageThePersonChoseInTheBotNotTheirSlackLocale() {
        languages.choose(new ChatUser(Platform.SLACK, FakeSlack.TEAM, FakeSlack.SWEDE), Language.EN);

        requests.sendInteraction(click(ActionIds.OPEN_FORM, "form-long-gone", "1700000005.000001", "trigger-gone", "gone"));

        String note = awaitRequests("/hooks/gone", 1).get(0).getBodyAsString();
        assertThat(note).contains("The form has expired").doesNotContain("Formuläret");
        assertThat(engine.received()).isEmpty();
    }

    private static String click(String actionId, String value, String actionTs, String triggerId, String hook) {
        return clickBy(FakeSlack.SWEDE, actionId, value, actionTs, triggerId, hook);
    }

    private static String clickBy(String user, String actionId, String value, String actionTs, String triggerId, String hook) {
        return "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + FakeSlack.TEAM + "\",\"domain\":\"nordkust\"},"
                + "\"user\":{\"id\":\"" + user + "\",\"username\":\"anna\",\"team_id\":\"" + FakeSlack.TEAM + "\"},"
                + "\"api_app_id\":\"A123\",\"token\":\"x\",\"trigger_id\":\"" + triggerId + "\","
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.000100\",\"channel_id\":\"C0GENERAL\",\"is_ephemeral\":false},"
                + "\"channel\":{\"id\":\"C0GENERAL\",\"name\":\"general\"},\"response_url\":\"" + slack.responseUrl(hook) + "\","
                + "\"actions\":[{\"action_id\":\"" + actionId + "\",\"block_id\":\"b1\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},"
                + "\"value\":\"" + value + "\",\"type\":\"button\",\"action_ts\":\"" + actionTs + "\"}]}";
    }

    private static String selection(String actionId, String optionValue) {
        return "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + FakeSlack.TEAM + "\",\"domain\":\"nordkust\"},"
                + "\"user\":{\"id\":\"" + FakeSlack.SWEDE + "\",\"username\":\"anna\",\"team_id\":\"" + FakeSlack.TEAM + "\"},"
                + "\"api_app_id\":\"A123\",\"token\":\"x\",\"trigger_id\":\"trigger-sel\","
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.000300\",\"channel_id\":\"C0GENERAL\",\"is_ephemeral\":true},"
                + "\"channel\":{\"id\":\"C0GENERAL\",\"name\":\"general\"},\"response_url\":\"" + slack.responseUrl("selected") + "\","
                + "\"actions\":[{\"action_id\":\"" + actionId + "\",\"block_id\":\"b2\",\"type\":\"static_select\","
                + "\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},\"value\":\"" + optionValue + "\"},"
                + "\"action_ts\":\"1700000004.000001\"}]}";
    }

    private static String submission(String privateMetadata) {
        JsonObject payload = FakeSlack.json("{\"type\":\"view_submission\",\"team\":{\"id\":\"" + FakeSlack.TEAM + "\",\"domain\":\"x\"},"
                + "\"user\":{\"id\":\"" + FakeSlack.SWEDE + "\",\"username\":\"anna\",\"team_id\":\"" + FakeSlack.TEAM + "\"},"
                + "\"api_app_id\":\"A123\",\"token\":\"x\",\"trigger_id\":\"trigger-view\","
                + "\"view\":{\"id\":\"V0OPENED\",\"team_id\":\"" + FakeSlack.TEAM + "\",\"type\":\"modal\",\"callback_id\":\"connectbot:form\","
                + "\"hash\":\"1.abc\",\"state\":{\"values\":{"
                + "\"title\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"Ingen täckning\"}},"
                + "\"message\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"Sedan i morse.\"}},"
                + "\"priority\":{\"value\":{\"type\":\"static_select\",\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"Hög\"},\"value\":\"HIGH\"}}}"
                + "}}}}");
        payload.getAsJsonObject("view").addProperty("private_metadata", privateMetadata);
        return payload.toString();
    }
}
