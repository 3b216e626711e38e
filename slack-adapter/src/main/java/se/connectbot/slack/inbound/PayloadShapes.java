package se.connectbot.slack.inbound;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.google.gson.JsonParseException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What our listeners read from a payload must be there, with the right type, before Bolt runs
 * them: Slack always sends these fields, so a request without them is not Slack's to serve, and
 * is refused at the door (400) rather than failing inside a listener or on a worker. Checked
 * after the signature: first the raw body, for what Bolt's parser itself dereferences (it fails
 * with a {@code NullPointerException} on an event without {@code event}), then what Bolt parsed.
 * Stateless.
 */
final class PayloadShapes {

    /** Events whose {@code event} object our listeners read (see {@link SlackListeners}). */
    private static final Set<String> CONVERSATION_EVENTS = Set.of("message", "app_mention");
    /** Read with Gson's {@code getAsString} by Bolt's middleware (which throws on another type) or by our listeners. */
    private static final Set<String> BODY_TEXTS = Set.of("type", "token", "team_id", "enterprise_id", "api_app_id", "event_id");
    private static final Set<String> EVENT_TEXTS = Set.of("type", "subtype", "user", "bot_id", "channel", "channel_type",
            "text", "ts", "thread_ts", "event_ts", "team");

    private PayloadShapes() {
    }

    /** Empty when Bolt's parser can read the body; else what is wrong with it (names only, no values). */
    static Optional<String> problem(String body) {
        String trimmed = body.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return json(trimmed).map(PayloadShapes::eventsApi).orElse(Optional.of("JSON body that is not an object"));
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.of("form body with a broken percent escape");
            }
            if ("payload".equals(name.strip())) {
                return json(value).map(PayloadShapes::interactivity).orElse(Optional.of("payload that is not a JSON object"));
            }
        }
        return Optional.empty();
    }

    /** Empty when the request has what its listener needs; else what is missing (names only, no values). */
    static Optional<String> problem(Request<?> request) {
        if (request instanceof SlashCommandRequest command) {
            return command(command.getPayload(), workspace(request));
        }
        if (request instanceof BlockActionRequest action) {
            return action(action.getPayload(), workspace(request));
        }
        if (request instanceof ViewSubmissionRequest submission) {
            return submission(submission.getPayload(), workspace(request));
        }
        if (request instanceof EventRequest event) {
            return event(event, workspace(request));
        }
        return Optional.empty();
    }

    private static Optional<String> command(@Nullable SlashCommandPayload p, boolean workspace) {
        if (p == null) {
            return Optional.of("slash command without fields");
        }
        return firstMissing(List.of(
                field("command", p.getCommand()), field("user_id", p.getUserId()), field("channel_id", p.getChannelId()),
                field("trigger_id", p.getTriggerId()), field("team_id", workspace ? "ok" : null)));
    }

    private static Optional<String> action(@Nullable BlockActionPayload p, boolean workspace) {
        if (p == null) {
            return Optional.of("block_actions without fields");
        }
        if (p.getUser() == null || blank(p.getUser().getId())) {
            return Optional.of("block_actions without user.id");
        }
        List<BlockActionPayload.Action> actions = p.getActions();
        if (actions == null || actions.isEmpty() || actions.stream().anyMatch(a -> a == null || blank(a.getActionId()))) {
            return Optional.of("block_actions without actions[].action_id");
        }
        return workspace ? Optional.empty() : Optional.of("block_actions without team");
    }

    private static Optional<String> submission(@Nullable ViewSubmissionPayload p, boolean workspace) {
        if (p == null || p.getView() == null || blank(p.getView().getId())) {
            return Optional.of("view_submission without view.id");
        }
        if (p.getUser() == null || blank(p.getUser().getId())) {
            return Optional.of("view_submission without user.id");
        }
        return workspace ? Optional.empty() : Optional.of("view_submission without team");
    }

    private static Optional<String> event(EventRequest request, boolean workspace) {
        JsonObject payload = JsonParser.parseString(request.getRequestBodyAsString()).getAsJsonObject();
        if (!isText(payload.get("event_id"))) {
            return Optional.of("event_callback without event_id");
        }
        if (!workspace) {
            return Optional.of("event_callback without team");
        }
        if (!CONVERSATION_EVENTS.contains(request.getEventType())) {
            return Optional.empty();
        }
        JsonObject event = payload.getAsJsonObject("event");
        return isText(event.get("channel")) ? Optional.empty() : Optional.of(request.getEventType() + " event without channel");
    }

    private static Optional<String> eventsApi(JsonObject body) {
        String type = text(body, "type");
        if ("url_verification".equals(type)) {
            return text(body, "challenge") != null ? Optional.empty() : Optional.of("url_verification without challenge");
        }
        if (!"event_callback".equals(type)) {
            return Optional.of("JSON body that is neither event_callback nor url_verification");
        }
        Optional<JsonObject> event = object(body, "event").filter(e -> text(e, "type") != null);
        if (event.isEmpty()) {
            return Optional.of("event_callback without event.type");
        }
        return wrongType(body, BODY_TEXTS, "").or(() -> wrongType(event.get(), EVENT_TEXTS, "event."));
    }

    /** The first of these members that is present but not a string (null counts as absent). */
    private static Optional<String> wrongType(JsonObject o, Set<String> texts, String prefix) {
        return texts.stream()
                .filter(name -> o.has(name) && !o.get(name).isJsonNull()
                        && !(o.get(name).isJsonPrimitive() && o.get(name).getAsJsonPrimitive().isString()))
                .findFirst()
                .map(name -> "event_callback whose " + prefix + name + " is not a string");
    }

    private static Optional<String> interactivity(JsonObject payload) {
        String type = text(payload, "type");
        if (type == null) {
            return Optional.of("payload without type");
        }
        boolean user = object(payload, "user").filter(u -> text(u, "id") != null).isPresent();
        return switch (type) {
            case "block_actions" -> user ? Optional.empty() : Optional.of("block_actions without user.id");
            case "view_submission" -> !object(payload, "view").filter(v -> text(v, "type") != null && text(v, "id") != null).isPresent()
                    ? Optional.of("view_submission without view.id and view.type")
                    : user ? Optional.empty() : Optional.of("view_submission without user.id");
            default -> Optional.empty();
        };
    }

    private static Optional<JsonObject> json(String text) {
        try {
            JsonElement element = JsonParser.parseString(text);
            return element != null && element.isJsonObject() ? Optional.of(element.getAsJsonObject()) : Optional.empty();
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<JsonObject> object(JsonObject parent, String name) {
        JsonElement e = parent.get(name);
        return e != null && e.isJsonObject() ? Optional.of(e.getAsJsonObject()) : Optional.empty();
    }

    private static @Nullable String text(JsonObject parent, String name) {
        JsonElement e = parent.get(name);
        return isText(e) ? e.getAsString() : null;
    }

    /** The team (or, for an org-wide install, the organisation) that the request comes from. */
    private static boolean workspace(Request<?> request) {
        return request.getContext() != null
                && (!blank(request.getContext().getTeamId()) || !blank(request.getContext().getEnterpriseId()));
    }

    private static boolean isText(@Nullable JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && !e.getAsString().isBlank();
    }

    private record Field(String name, boolean present) {
    }

    private static Field field(String name, @Nullable String value) {
        return new Field(name, !blank(value));
    }

    private static Optional<String> firstMissing(List<Field> fields) {
        return fields.stream().filter(f -> !f.present()).findFirst().map(f -> "slash command without " + f.name());
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
