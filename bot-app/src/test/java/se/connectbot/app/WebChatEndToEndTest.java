package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.connectbot.app.sandbox.RunningSandbox;
import tools.jackson.databind.JsonNode;

/**
 * The web chat against the real core and the in-process sandbox: sign in through the sandbox's
 * login form, then chat through the JSON endpoint as the page does.
 */
@WholeBotTest
class WebChatEndToEndTest {

    static final String ANNA = "anna.admin@nordkust.se";
    static final String PASSWORD = "connect-demo";

    @LocalServerPort
    int port;

    @Autowired
    RunningSandbox sandbox;

    WebChatClient anna;

    @BeforeEach
    void signInAsAnna() {
        anna = new WebChatClient(URI.create("http://localhost:" + port));
        assertThat(anna.session().get("signedIn").asBoolean()).isFalse();
        URI back = anna.signIn(ANNA, PASSWORD);
        assertThat(back.getPath()).isEqualTo("/");
    }

    @Test
    void signsInThroughTheSandboxLoginAndKnowsWhoTheUserIs() {
        JsonNode session = anna.session();
        assertThat(session.get("signedIn").asBoolean()).isTrue();
        assertThat(session.get("userName").asString()).isEqualTo("Anna Lindqvist");
        assertThat(session.get("notice").get("success").asBoolean()).isTrue();
        assertThat(session.get("notice").get("text").asString()).isEqualTo("Du är inloggad som Anna Lindqvist.");
        assertThat(anna.session().get("notice").isNull()).as("the notice is shown once").isTrue();

        assertThat(texts(anna.say("vem är jag"))).anySatisfy(text -> assertThat(text).contains("Anna Lindqvist"));
    }

    @Test
    void showsTheStatusOfAServicePickedFromTheOfferedChoices() {
        JsonNode offer = anna.say("status");
        JsonNode firstService = choices(offer).get(0);

        JsonNode status = anna.click(firstService);

        JsonNode fields = block(status, "fields").orElseThrow(() -> new AssertionError("no fields in " + status));
        assertThat(StreamSupport.stream(fields.get("fields").spliterator(), false).map(f -> f.get("label").asString()))
                .contains("Status", "Tjänste-id");
    }

    @Test
    void ordersATopUpThroughTheDialog() {
        List<String> texts = followDialog(anna.say("fyll på"));

        assertThat(texts).anySatisfy(text -> assertThat(text).matches("Klart! Påfyllningen är beställd med ordernummer \\S+\\."));
    }

    @Test
    void opensATicketThroughTheDialog() {
        List<String> texts = followDialog(anna.say("ärende"));

        assertThat(texts).anySatisfy(text -> assertThat(text).matches("Klart! Ärendet är skapat med nummer \\S+\\."));
    }

    @Test
    void deliversAnInvoicePdfOnlyToTheSessionThatAskedForIt() {
        JsonNode invoices = anna.say("fakturor");
        JsonNode table = block(invoices, "table").orElseThrow(() -> new AssertionError("no table in " + invoices));
        assertThat(table.get("paging").get("page").asInt()).isEqualTo(1);

        JsonNode reply = anna.click(table.get("rowActions").get(0));

        JsonNode attachment = block(reply, "attachment").orElseThrow(() -> new AssertionError("no file in " + reply));
        assertThat(attachment.get("fileName").asString()).matches("faktura-.+\\.pdf");
        HttpResponse<byte[]> pdf = anna.download(attachment.get("url").asString());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

        WebChatClient stranger = new WebChatClient(URI.create("http://localhost:" + port));
        stranger.session();
        assertThat(stranger.download(attachment.get("url").asString()).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAPostWithoutTheCsrfToken() {
        HttpResponse<String> response = anna.postRaw("/api/chat/messages",
                "{\"deliveryId\":\"" + java.util.UUID.randomUUID() + "\",\"text\":\"hjälp\"}", false);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void refusesMalformedRequestsAsProblems() {
        HttpResponse<String> noUuid = anna.postRaw("/api/chat/messages", "{\"deliveryId\":\"1\",\"text\":\"hjälp\"}", true);
        assertThat(noUuid.statusCode()).isEqualTo(400);
        assertThat(noUuid.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> huge = anna.postRaw("/api/chat/messages",
                "{\"deliveryId\":\"" + java.util.UUID.randomUUID() + "\",\"text\":\"" + "x".repeat(20_001) + "\"}", true);
        assertThat(huge.statusCode()).isEqualTo(413);

        HttpResponse<String> notJson = anna.postRaw("/api/chat/actions", "{\"deliveryId\":", true);
        assertThat(notJson.statusCode()).isEqualTo(400);
    }

    @Test
    void showsAFailedSignInPageForALinkThatIsNotKnown() {
        HttpResponse<String> page = anna.get(URI.create("http://localhost:" + port + "/oauth/callback?code=abc&state=forged"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Inloggningen misslyckades").doesNotContain("forged");
    }

    @Test
    void answersAResentDeliveryOnceWithTheSameReply() {
        Map<String, String> message = Map.of("deliveryId", java.util.UUID.randomUUID().toString(), "text", "översikt");

        JsonNode first = anna.post("/api/chat/messages", message);
        JsonNode again = anna.post("/api/chat/messages", message);

        assertThat(again).isEqualTo(first);
    }

    @Test
    void reportsItselfReadyAndAlive() {
        assertThat(anna.get(URI.create("http://localhost:" + port + "/actuator/health/readiness")).body()).contains("\"UP\"");
        assertThat(anna.get(URI.create("http://localhost:" + port + "/actuator/health/liveness")).body()).contains("\"UP\"");
    }

    @Test
    void runsTheSandboxInItsOwnContextOnItsOwnPort() {
        assertThat(sandbox.port()).isNotEqualTo(port);
        assertThat(sandbox.context().getEnvironment().getProperty("spring.application.name")).isEqualTo("portal-sandbox");
        assertThat(sandbox.context().getEnvironment().getProperty("connectbot.public-base-url"))
                .as("the bot's configuration does not leak into the sandbox").isNull();
        assertThat(anna.get(sandbox.baseUrl().resolve("/chat.js")).statusCode())
                .as("the sandbox does not serve the web chat").isNotEqualTo(200);
    }

    /** Answers each step of a dialog: the primary or first option offered, else a typed text. */
    private List<String> followDialog(JsonNode reply) {
        List<String> texts = new ArrayList<>(texts(reply));
        for (int turn = 0; turn < 12 && !succeeded(reply); turn++) {
            List<JsonNode> options = dialogOptions(reply);
            if (options.isEmpty()) {
                reply = anna.say("Testärende från webbchatten");
            } else {
                reply = anna.click(options.stream().filter(o -> "primary".equals(o.get("emphasis").asString()))
                        .findFirst().orElse(options.get(0)));
            }
            texts.addAll(texts(reply));
        }
        return texts;
    }

    private static boolean succeeded(JsonNode reply) {
        return blocks(reply, "text").stream().anyMatch(b -> "success".equals(b.get("tone").asString()));
    }

    private static List<JsonNode> dialogOptions(JsonNode reply) {
        return choices(reply).stream()
                .filter(c -> "dialog".equals(c.get("actionId").asString()))
                .filter(c -> !c.get("value").asString().matches(".*\\|~(back|cancel|form)$"))
                .toList();
    }

    static List<JsonNode> choices(JsonNode reply) {
        List<JsonNode> choices = new ArrayList<>();
        blocks(reply, "choices").forEach(b -> b.get("choices").forEach(choices::add));
        return choices;
    }

    static List<String> texts(JsonNode reply) {
        return blocks(reply, "text").stream().map(b -> b.get("text").asString()).toList();
    }

    static Optional<JsonNode> block(JsonNode reply, String type) {
        return blocks(reply, type).stream().findFirst();
    }

    static List<JsonNode> blocks(JsonNode reply, String type) {
        List<JsonNode> found = new ArrayList<>();
        reply.get("blocks").forEach(b -> {
            if (type.equals(b.get("type").asString())) {
                found.add(b);
            }
        });
        return found;
    }
}
