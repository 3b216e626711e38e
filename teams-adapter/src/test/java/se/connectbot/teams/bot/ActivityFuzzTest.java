package se.connectbot.teams.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.connectbot.core.reply.Reply;
import se.connectbot.teams.testing.Activities;
import se.connectbot.teams.testing.TeamsWireTest;

/**
 * Issue 7's parser fuzz, carried over to Teams: activities with a good token for their service
 * URL, but with members removed, given values of the wrong type, or cut short. Whatever comes
 * in, the answer is never a server error, and no worker meets a null or a wrong type afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
class ActivityFuzzTest extends TeamsWireTest {

    private static final int CASES_PER_SHAPE = 40;
    private static final long SEED = 20261205L;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<Supplier<JsonNode>> WRONG_VALUES = List.of(
            JSON::nullNode, () -> JSON.numberNode(42), () -> JSON.numberNode(-1.5), () -> JSON.booleanNode(true),
            () -> JSON.textNode(""), () -> JSON.textNode("x"), JSON::arrayNode, JSON::objectNode,
            () -> JSON.arrayNode().add(1).add(2), () -> JSON.objectNode().set("a", JSON.arrayNode().addNull()),
            () -> JSON.textNode("\u202e<at>Connect</at>"));

    private final Random random = new Random(SEED);

    @Test
    void mutatedActivitiesNeverGiveAServerError(CapturedOutput log) {
        engine.answer(Reply.text("ok"));
        for (ObjectNode shape : shapes()) {
            String serviceUrl = shape.path("serviceUrl").asText();
            for (int i = 0; i < CASES_PER_SHAPE; i++) {
                String body = maybeCut(mutate(shape).toString());
                HttpResponse<String> answer = teams.sendRaw(body, "Bearer " + microsoft.token(serviceUrl));
                assertThat(answer.statusCode()).as("answer to %s", body).isLessThan(500);
            }
        }
        // the accepted ones are worked on after the answer, paced to Teams' 7 a second per conversation:
        // wait until the connector hears nothing more, so that no answer of ours reaches the next test class
        int[] heard = {-1};
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(1_500)).until(() -> {
            int now = microsoft.postedMessages().size();
            boolean quiet = now == heard[0];
            heard[0] = now;
            return quiet;
        });
        assertThat(log.getAll()).doesNotContain("NullPointerException", "ClassCastException", "Unhandled exception");
    }

    private List<ObjectNode> shapes() {
        ObjectNode data = JSON.objectNode().put("connectKind", "action").put("connectId", "status.show")
                .put("connectValue", "0701234567").put("connectCard", "{}");
        ObjectNode context = JSON.objectNode().put("connectFile", "00000000-0000-0000-0000-000000000000").put("connectOwner", Activities.ANNA);
        ObjectNode mention = activities.channel(Activities.ANNA, "status", true);
        return List.of(activities.personal(Activities.ANNA, "status", "sv-SE"), mention,
                activities.submit(Activities.ANNA, Activities.ANNAS_CHAT, "personal", "card-1", data.deepCopy()),
                activities.execute(Activities.ANNA, Activities.ANNAS_CHAT, "personal", "card-1", data.deepCopy()),
                activities.fileConsent(Activities.ANNA, "decline", context, microsoft.uploadUrl("fuzz")),
                activities.botMembership(true));
    }

    /** One to three changes anywhere in the tree: a member removed or given a value of another type. */
    private ObjectNode mutate(ObjectNode shape) {
        ObjectNode copy = shape.deepCopy();
        copy.put("id", Activities.newId());
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            List<ObjectNode> objects = new ArrayList<>();
            collectObjects(copy, objects);
            ObjectNode target = objects.get(random.nextInt(objects.size()));
            List<String> members = new ArrayList<>();
            target.fieldNames().forEachRemaining(members::add);
            if (members.isEmpty()) {
                continue;
            }
            String member = members.get(random.nextInt(members.size()));
            if (member.equals("serviceUrl") && target == copy) {
                continue; // a token for another service URL is refused before any parsing: nothing to learn
            }
            if (random.nextInt(3) == 0) {
                target.remove(member);
            } else {
                target.set(member, WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size())).get());
            }
        }
        return copy;
    }

    private String maybeCut(String json) {
        return random.nextInt(10) == 0 ? json.substring(0, random.nextInt(json.length())) : json;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> found) {
        if (node instanceof ObjectNode object) {
            found.add(object);
            object.elements().forEachRemaining(child -> collectObjects(child, found));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> collectObjects(child, found));
        }
    }
}
