package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.Interactions;
import se.connectbot.slack.testing.SignedRequests;

/**
 * Slack's side of the end-to-end tests: people in one workspace who type {@code /connect ...}
 * and click what the bot rendered, every request signed the way Slack signs it, and the bot's
 * answers read back from the fake Slack ({@link FakeSlack}: the Web API and every
 * {@code response_url}, each interaction with a {@code response_url} of its own).
 */
final class SlackWorkspace {

    static final String SIGNING_SECRET = "e2e0c0ffee5eed5ec2e7000000000042";
    static final String BOT_TOKEN = "xoxb-e2e-single-workspace";
    static final String TEAM = FakeSlack.TEAM;
    static final Duration PATIENCE = Duration.ofSeconds(20);
    /** The adapter's own "working on it" note, which may come before a slow answer. */
    private static final List<String> WORKING_NOTES = List.of("Jobbar på det…", "Working on it…");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Map<String, String> MESSAGE_TS = new ConcurrentHashMap<>();

    final FakeSlack slack = FakeSlack.instance();
    final SignedRequests requests = new SignedRequests(SIGNING_SECRET);

    SlackWorkspace(int botPort) {
        requests.baseUrl("http://localhost:" + botPort);
    }

    User user(String id, String channel) {
        return new User(id, channel);
    }

    /** A direct message from {@code user} to the bot in the Brit's DM, as the Events API delivers it. */
    static String directMessage(String eventId, String user, String text) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("channel", FakeSlack.BRITS_DM);
        event.addProperty("channel_type", "im");
        event.addProperty("user", user);
        event.addProperty("text", text);
        event.addProperty("ts", "1800000000.000100");
        JsonObject payload = new JsonObject();
        payload.addProperty("token", "legacy-verification-token");
        payload.addProperty("team_id", TEAM);
        payload.addProperty("api_app_id", "A123");
        payload.addProperty("type", "event_callback");
        payload.addProperty("event_id", eventId);
        payload.addProperty("event_time", java.time.Instant.now().getEpochSecond());
        payload.add("event", event);
        return payload.toString();
    }

    static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }

    /** Someone in a conversation, who types and clicks. */
    final class User {

        final String id;
        final String channel;

        User(String id, String channel) {
            this.id = id;
            this.channel = channel;
        }

        User in(String otherChannel) {
            return new User(id, otherChannel);
        }

        /** {@code /connect <text>}, acknowledged at once. */
        Exchange command(String text) {
            Exchange exchange = exchange("cmd");
            HttpResponse<String> ack = requests.sendForm(SignedRequests.slashCommand(TEAM, channel, id, text,
                    exchange.triggerId(), slack.responseUrl(exchange.hook())));
            assertThat(ack.statusCode()).as("Slack's acknowledgement of /connect %s: %s", text, ack.body()).isEqualTo(200);
            return exchange;
        }

        /** Clicks a button of a message the bot posted. */
        Exchange click(Message message, JsonObject button) {
            Exchange exchange = exchange("click");
            HttpResponse<String> ack = requests.sendInteraction(clickPayload(message, button, exchange));
            assertThat(ack.statusCode()).as("acknowledgement of a click: %s", ack.body()).isEqualTo(200);
            return exchange;
        }

        /** The payload of a click, to send it several times. */
        String clickPayload(Message message, JsonObject button, Exchange exchange) {
            return Interactions.click(where(message), button, message.blockOf(button), actionTs(),
                    exchange.triggerId(), slack.responseUrl(exchange.hook()));
        }

        /** Picks an option of a select menu in a message the bot posted. */
        Exchange choose(Message message, JsonObject select, String optionValue) {
            Exchange exchange = exchange("choose");
            HttpResponse<String> ack = requests.sendInteraction(Interactions.choose(where(message), select, optionValue,
                    message.blockOf(select), actionTs(), exchange.triggerId(), slack.responseUrl(exchange.hook())));
            assertThat(ack.statusCode()).isEqualTo(200);
            return exchange;
        }

        /**
         * Submits the modal that {@code opened} opened, with these values; answered where the
         * form was asked for, that is at {@code opened}'s {@code response_url}.
         */
        Exchange submit(Exchange opened, JsonObject view, Map<String, Map<String, JsonObject>> values) {
            int seen = opened.messages().size();
            HttpResponse<String> ack = requests.sendInteraction(Interactions.submit(TEAM, id, view, unique("V"), values,
                    unique("trigger-view")));
            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(ack.body()).as("an empty acknowledgement closes the modal").isEmpty();
            return new Exchange(opened.hook(), opened.triggerId(), seen);
        }

        private Interactions.Where where(Message message) {
            return new Interactions.Where(TEAM, id, channel, message.ts(), message.ephemeral());
        }
    }

    /** A new interaction's trigger and response_url. */
    static Exchange exchange(String kind) {
        String name = unique(kind);
        return new Exchange(name, "trigger-" + name, 0);
    }

    private static String actionTs() {
        return "1800000000." + String.format("%06d", SEQUENCE.incrementAndGet());
    }

    /**
     * One interaction: its {@code trigger_id} and its {@code response_url} (the hook), where its
     * answers arrive; {@code skip} answers there belong to earlier interactions.
     */
    record Exchange(String hook, String triggerId, int skip) {

        /** The first answer (a "working on it" note does not count). */
        Message reply() {
            return reply(m -> true);
        }

        /** The first answer that satisfies the condition, waiting for it. */
        Message reply(Predicate<Message> condition) {
            List<Message> found = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                messages().stream().filter(m -> !m.workingNote()).filter(condition).findFirst().ifPresent(found::add);
                return !found.isEmpty();
            });
            return found.get(0);
        }

        /** Every message posted to this interaction's response_url so far. */
        List<Message> messages() {
            List<LoggedRequest> posted = FakeSlack.instance().requestsTo("/hooks/" + hook);
            List<Message> messages = new ArrayList<>();
            for (int i = skip; i < posted.size(); i++) {
                String key = hook + "#" + i;
                String ts = MESSAGE_TS.computeIfAbsent(key, k -> "1700000000." + String.format("%06d", SEQUENCE.incrementAndGet()));
                messages.add(new Message(FakeSlack.json(posted.get(i).getBodyAsString()), ts));
            }
            return messages;
        }

        /** The modal this interaction opened ({@code views.open} with its trigger). */
        JsonObject modal() {
            List<JsonObject> views = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                FakeSlack.instance().calls("views.open").stream().map(FakeSlack::form)
                        .filter(form -> triggerId.equals(form.get("trigger_id")))
                        .findFirst().ifPresent(form -> views.add(FakeSlack.json(form.get("view"))));
                return !views.isEmpty();
            });
            return views.get(0);
        }
    }

    /**
     * A message as the bot posted it to a {@code response_url}, with the {@code ts} Slack would
     * have given it (clicks name the message they come from).
     */
    record Message(JsonObject body, String ts) {

        boolean ephemeral() {
            return body.has("response_type") && "ephemeral".equals(body.get("response_type").getAsString());
        }

        boolean workingNote() {
            return body.has("text") && WORKING_NOTES.contains(body.get("text").getAsString());
        }

        String json() {
            return body.toString();
        }

        /** Every text of the message (its fallback and every text object in its blocks), one per line. */
        String text() {
            List<String> texts = new ArrayList<>();
            if (body.has("text")) {
                texts.add(body.get("text").getAsString());
            }
            FakeSlack.textObjects(body.get("blocks")).forEach(t -> texts.add(t.get("text").getAsString()));
            return String.join("\n", texts);
        }

        /** Every interactive element (buttons, menus) with the block it sits in, in order. */
        List<JsonObject> elements() {
            List<JsonObject> elements = new ArrayList<>();
            if (!body.has("blocks")) {
                return elements;
            }
            for (JsonElement block : body.getAsJsonArray("blocks")) {
                JsonObject b = block.getAsJsonObject();
                if (b.has("elements") && "actions".equals(b.get("type").getAsString())) {
                    b.getAsJsonArray("elements").forEach(e -> elements.add(e.getAsJsonObject()));
                }
                if (b.has("accessory")) {
                    elements.add(b.getAsJsonObject("accessory"));
                }
            }
            return elements;
        }

        List<JsonObject> buttons() {
            return elements().stream().filter(e -> "button".equals(e.get("type").getAsString())).toList();
        }

        Optional<JsonObject> button(String label) {
            return buttons().stream().filter(b -> label(b).equals(label)).findFirst();
        }

        Optional<JsonObject> select() {
            return elements().stream().filter(e -> "static_select".equals(e.get("type").getAsString())).findFirst();
        }

        static String label(JsonObject element) {
            return element.getAsJsonObject("text").get("text").getAsString();
        }

        /** The {@code block_id} of the block holding the element (Slack makes one up when we set none). */
        String blockOf(JsonObject element) {
            int index = 0;
            for (JsonElement block : body.getAsJsonArray("blocks")) {
                JsonObject b = block.getAsJsonObject();
                boolean holds = (b.has("elements") && b.getAsJsonArray("elements").contains(element))
                        || (b.has("accessory") && b.get("accessory").equals(element));
                if (holds) {
                    return b.has("block_id") ? b.get("block_id").getAsString() : "block-" + index;
                }
                index++;
            }
            throw new AssertionError("the element is not in this message: " + element);
        }

        @Override
        public String toString() {
            return elements().stream().map(e -> e.get("type").getAsString() + ":" + e.get("action_id").getAsString())
                    .collect(Collectors.joining(", ", json() + " [", "]"));
        }
    }
}
