package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 7's parser fuzz, carried over to the web chat's own API: what the page posts (messages,
 * clicks, forms, the language switch), with members removed, given values of the wrong type, or
 * cut short, from an anonymous and a signed-in session. Never a server error.
 */
@WholeBotTest
@ExtendWith(OutputCaptureExtension.class)
class WebChatFuzzTest {

    private static final int CASES_PER_SHAPE = 40;
    private static final List<Object> WRONG_VALUES = Arrays.asList(null, 42, -1.5, true, "", "x", List.of(), Map.of(),
            List.of(1, 2), Map.of("a", Arrays.asList((Object) null)), "%ZZ%", "\u202eblorp", "x".repeat(30_000));

    @LocalServerPort
    int port;

    private final Random random = new Random(20261205L);
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void mutatedWebChatPostsNeverGiveAServerError(CapturedOutput log) {
        WebChatClient anonymous = new WebChatClient(URI.create("http://localhost:" + port));
        anonymous.session();
        WebChatClient anna = new WebChatClient(URI.create("http://localhost:" + port));
        anna.session();
        anna.signIn(WebChatEndToEndTest.ANNA, WebChatEndToEndTest.PASSWORD);
        anna.session();

        Set<Integer> seen = new TreeSet<>();
        for (WebChatClient browser : List.of(anonymous, anna)) {
            for (Map.Entry<String, Map<String, Object>> shape : shapes().entrySet()) {
                for (int i = 0; i < CASES_PER_SHAPE; i++) {
                    String body = maybeCut(json.writeValueAsString(mutate(shape.getValue())));
                    HttpResponse<String> answer = browser.postRaw(shape.getKey(), body, true);
                    assertThat(answer.statusCode()).as("%s answering %s", shape.getKey(), body).isLessThan(500);
                    seen.add(answer.statusCode());
                }
            }
        }
        assertThat(seen).as("the mutations reach the chat, not only the door").contains(200, 400);
        assertThat(log.getAll()).doesNotContain("could not handle a request").doesNotContain("NullPointerException");
    }

    private static Map<String, Map<String, Object>> shapes() {
        Map<String, Map<String, Object>> shapes = new LinkedHashMap<>();
        shapes.put("/api/chat/messages", new LinkedHashMap<>(Map.of("deliveryId", id(), "text", "status")));
        shapes.put("/api/chat/actions", new LinkedHashMap<>(Map.of("deliveryId", id(), "actionId", "status.show",
                "value", "0701234567", "echo", "› Visa")));
        Map<String, Object> values = new LinkedHashMap<>(Map.of("category", "INVOICE", "title", "Rubrik", "message", "Text"));
        shapes.put("/api/chat/forms", new LinkedHashMap<>(Map.of("deliveryId", id(), "formId", "ticket", "values", values,
                "echo", "› Skicka")));
        return shapes;
    }

    /** One or two changes: a member removed or given a value of another type, at the top or among a form's values. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> mutate(Map<String, Object> shape) {
        Map<String, Object> copy = new LinkedHashMap<>(shape);
        copy.put("deliveryId", id());
        if (copy.get("values") instanceof Map<?, ?> values) {
            copy.put("values", new LinkedHashMap<>((Map<String, Object>) values));
        }
        for (int i = 0, changes = 1 + random.nextInt(2); i < changes; i++) {
            Map<String, Object> target = copy.get("values") instanceof Map<?, ?> values && random.nextInt(3) == 0
                    ? (Map<String, Object>) values : copy;
            List<String> members = new ArrayList<>(target.keySet());
            if (members.isEmpty()) {
                continue;
            }
            String member = members.get(random.nextInt(members.size()));
            if (random.nextInt(3) == 0) {
                target.remove(member);
            } else {
                target.put(member, WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size())));
            }
        }
        return copy;
    }

    private String maybeCut(String body) {
        return random.nextInt(10) == 0 ? body.substring(0, random.nextInt(body.length())) : body;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
