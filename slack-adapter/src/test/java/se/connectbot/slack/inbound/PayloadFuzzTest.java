package se.connectbot.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.connectbot.slack.render.ActionIds;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.Interactions;
import se.connectbot.slack.testing.SignedRequests;
import se.connectbot.slack.testing.SlackWireTest;

/**
 * The parser fuzz, extended to Slack's payload shapes: correctly signed interactivity payloads,
 * events and slash commands with fields removed, or replaced by values of the wrong type, or cut
 * short. Whatever comes in, the answer is never a server error and no listener meets a null.
 */
@ExtendWith(OutputCaptureExtension.class)
class PayloadFuzzTest extends SlackWireTest {

    private static final int CASES_PER_SHAPE = 60;
    private static final long SEED = 20261120L;
    private static final List<Supplier<JsonElement>> WRONG_VALUES = List.of(
            () -> JsonNull.INSTANCE, () -> new JsonPrimitive(42), () -> new JsonPrimitive(-1.5), () -> new JsonPrimitive(true),
            () -> new JsonPrimitive(""), () -> new JsonPrimitive("x"), JsonArray::new, JsonObject::new,
            () -> JsonParser.parseString("[1,2]"), () -> JsonParser.parseString("{\"a\":{\"b\":[null]}}"),
            () -> new JsonPrimitive("%ZZ%"), () -> new JsonPrimitive("\u202e<!channel>"));

    private final Random random = new Random(SEED);

    @Test
    void mutatedInteractivityPayloadsNeverGiveAServerError(CapturedOutput log) {
        for (JsonObject shape : List.of(blockAction(), viewSubmission())) {
            for (int i = 0; i < CASES_PER_SHAPE; i++) {
                String payload = mutate(shape).toString();
                assertNoServerError(requests.sendInteraction(maybeCut(payload)), payload);
            }
        }
        assertNoNullPointer(log);
    }

    /** Payload types Slack may send although no listener of ours takes them: refused or ignored, never a 5xx. */
    @Test
    void mutatedPayloadsOfTypesWeDoNotListenToNeverGiveAServerError(CapturedOutput log) {
        for (JsonObject shape : List.of(unlistened("shortcut", "\"callback_id\":\"x\""),
                unlistened("message_action", "\"callback_id\":\"x\",\"channel\":{\"id\":\"C0GENERAL\"},\"message\":{\"ts\":\"1.1\",\"text\":\"hej\"}"),
                unlistened("view_closed", "\"view\":{\"id\":\"V1\",\"type\":\"modal\",\"callback_id\":\"" + ActionIds.FORM_CALLBACK + "\"},\"is_cleared\":false"),
                unlistened("block_suggestion", "\"action_id\":\"status.show:0\",\"block_id\":\"b1\",\"value\":\"07\""))) {
            for (int i = 0; i < CASES_PER_SHAPE; i++) {
                String payload = mutate(shape).toString();
                assertNoServerError(requests.sendInteraction(maybeCut(payload)), payload);
            }
        }
        // Bolt's own parser may trip over such a payload: that is caught at the door, a 400 with a one-line warning
        assertThat(log.getAll()).doesNotContain("java.lang.NullPointerException").doesNotContain(" ERROR ");
    }

    @Test
    void mutatedEventsNeverGiveAServerError(CapturedOutput log) {
        for (JsonObject shape : List.of(event("message", "im"), event("app_mention", null), event("app_uninstalled", null),
                event("tokens_revoked", null), urlVerification())) {
            for (int i = 0; i < CASES_PER_SHAPE; i++) {
                String body = maybeCut(mutate(shape).toString());
                assertNoServerError(requests.sendEvent(body, Map.of()), body);
            }
        }
        assertNoNullPointer(log);
    }

    @Test
    void mutatedSlashCommandsNeverGiveAServerError(CapturedOutput log) {
        for (int i = 0; i < CASES_PER_SHAPE; i++) {
            Map<String, String> fields = new LinkedHashMap<>(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL",
                    FakeSlack.SWEDE, "status", "trigger-fuzz-" + i, slack.responseUrl("fuzz-" + i)));
            List<String> names = new ArrayList<>(fields.keySet());
            String name = names.get(random.nextInt(names.size()));
            String body = switch (random.nextInt(3)) {
                case 0 -> SignedRequests.form(without(fields, name));
                case 1 -> SignedRequests.form(fields).replace(name + "=", name + "=%" + (char) ('G' + random.nextInt(20)));
                default -> SignedRequests.form(fields) + "&" + name + "=" + (random.nextBoolean() ? "%" : "&&=");
            };
            assertNoServerError(requests.send(body, "application/x-www-form-urlencoded"), body);
        }
        assertNoNullPointer(log);
    }

    private static void assertNoServerError(HttpResponse<String> response, String input) {
        assertThat(response.statusCode()).as("answer to %s", input).isLessThan(500);
    }

    private static void assertNoNullPointer(CapturedOutput log) {
        assertThat(log.getAll()).doesNotContain("NullPointerException");
    }

    /** One to three changes anywhere in the tree: a member removed or given a value of another type. */
    private JsonObject mutate(JsonObject shape) {
        JsonObject copy = shape.deepCopy();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            List<JsonObject> objects = new ArrayList<>();
            collectObjects(copy, objects);
            JsonObject target = objects.get(random.nextInt(objects.size()));
            List<String> members = new ArrayList<>(target.keySet());
            if (members.isEmpty()) {
                continue;
            }
            String member = members.get(random.nextInt(members.size()));
            if (random.nextInt(3) == 0) {
                target.remove(member);
            } else {
                target.add(member, WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size())).get());
            }
        }
        return copy;
    }

    private String maybeCut(String json) {
        return random.nextInt(10) == 0 ? json.substring(0, random.nextInt(json.length())) : json;
    }

    private static void collectObjects(JsonElement e, List<JsonObject> found) {
        if (e.isJsonObject()) {
            found.add(e.getAsJsonObject());
            e.getAsJsonObject().entrySet().forEach(m -> collectObjects(m.getValue(), found));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(child -> collectObjects(child, found));
        }
    }

    private static Map<String, String> without(Map<String, String> fields, String name) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.remove(name);
        return copy;
    }

    private JsonObject blockAction() {
        JsonObject button = JsonParser.parseString("{\"action_id\":\"status.show:0\",\"value\":\"0701234567\","
                + "\"text\":{\"type\":\"plain_text\",\"text\":\"Visa\"}}").getAsJsonObject();
        String json = Interactions.click(new Interactions.Where(FakeSlack.TEAM, FakeSlack.SWEDE, "C0GENERAL", "1700000000.000100", false),
                button, "b1", "1700000001.000" + random.nextInt(1000), "trigger-a", slack.responseUrl("fuzz-action"));
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private JsonObject viewSubmission() {
        JsonObject view = JsonParser.parseString("{\"type\":\"modal\",\"callback_id\":\"" + ActionIds.FORM_CALLBACK + "\","
                + "\"private_metadata\":\"{\\\"formId\\\":\\\"topup\\\",\\\"channelId\\\":\\\"C0GENERAL\\\",\\\"shared\\\":true}\","
                + "\"blocks\":[]}").getAsJsonObject();
        String json = Interactions.submit(FakeSlack.TEAM, FakeSlack.SWEDE, view, "V0FUZZ" + random.nextInt(1_000_000),
                Map.of("amount", Map.of("value", Interactions.typed("5GB"))), "trigger-v");
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private JsonObject event(String type, String channelType) {
        String fields = "\"channel\":\"D0KARLDM\",\"user\":\"" + FakeSlack.BRIT + "\",\"text\":\"status\",\"ts\":\"1.1\""
                + (channelType == null ? "" : ",\"channel_type\":\"" + channelType + "\"")
                + ("tokens_revoked".equals(type) ? ",\"tokens\":{\"bot\":[\"U0BOT\"],\"oauth\":[\"U0X\"]}" : "");
        return JsonParser.parseString(EventsTest.event("Ev0FUZZ" + random.nextInt(1_000_000), type, fields)).getAsJsonObject();
    }

    private static JsonObject unlistened(String type, String fields) {
        return JsonParser.parseString("{\"type\":\"" + type + "\",\"team\":{\"id\":\"" + FakeSlack.TEAM + "\",\"domain\":\"nordkust\"},"
                + "\"user\":{\"id\":\"" + FakeSlack.SWEDE + "\",\"team_id\":\"" + FakeSlack.TEAM + "\"},\"api_app_id\":\"A0CONNECT\","
                + "\"token\":\"x\",\"trigger_id\":\"trigger-u\"," + fields + "}").getAsJsonObject();
    }

    private static JsonObject urlVerification() {
        return JsonParser.parseString("{\"token\":\"x\",\"challenge\":\"abc\",\"type\":\"url_verification\"}").getAsJsonObject();
    }
}
