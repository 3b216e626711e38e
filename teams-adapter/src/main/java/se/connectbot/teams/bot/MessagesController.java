package se.connectbot.teams.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.dispatch.Arrival;
import se.connectbot.core.dispatch.InboundDispatch;
import se.connectbot.core.dispatch.Resumable;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.teams.auth.TokenCheck;
import se.connectbot.teams.render.ActionData;

/**
 * {@code POST /api/messages}, where the Bot Framework delivers every Teams activity. The body is
 * read as bytes and parsed with the adapter's Jackson 2 mapper into the SDK's {@link Activity}
 * (never bound by Spring MVC, whose Jackson 3 fails on Teams' fields), the bearer token checked
 * ({@link TokenCheck}: anything wrong is a 401 and nothing more happens), and the activity
 * answered at once: messages and card clicks go to the core's {@link InboundDispatch} (recorded
 * durably first, claimed so that a redelivery runs once) and are answered through the connector
 * later; invokes get their invoke response; conversation updates are recorded for proactive
 * messages ({@link ConversationRecorder}).
 */
@RestController
final class MessagesController {

    private static final Logger log = LoggerFactory.getLogger(MessagesController.class);
    static final int MAX_BODY = 512 * 1024;

    private final TokenCheck tokens;
    private final ObjectMapper json;
    private final InboundDispatch dispatch;
    private final ReplyDelivery delivery;
    private final FileConsent consent;
    private final ConversationRecorder recorder;

    MessagesController(TokenCheck tokens, ObjectMapper json, InboundDispatch dispatch, ReplyDelivery delivery, FileConsent consent,
                       ConversationRecorder recorder) {
        this.tokens = tokens;
        this.json = json;
        this.dispatch = dispatch;
        this.delivery = delivery;
        this.consent = consent;
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/messages")
    ResponseEntity<byte[]> messages(HttpServletRequest request) throws IOException {
        byte[] body = read(request.getInputStream());
        if (body == null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        Activity activity = parse(body);
        Optional<TokenCheck.Refusal> refusal = tokens.check(request.getHeader(HttpHeaders.AUTHORIZATION),
                activity == null ? null : activity.getServiceUrl(), activity == null ? null : activity.getChannelId());
        if (refusal.isPresent()) {
            log.warn("Refused a request to /api/messages: {}", refusal.get());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (activity == null) {
            return ResponseEntity.badRequest().build();
        }
        Optional<Incoming> incoming = Incoming.of(activity, json);
        if (incoming.isEmpty()) {
            log.info("An activity of type {} without conversation, tenant, sender or recipient; nothing to do", activity.getType());
            return ResponseEntity.ok().build();
        }
        return switch (String.valueOf(activity.getType())) {
            case "message" -> message(activity, incoming.get());
            case "invoke" -> invoke(activity, incoming.get());
            case "conversationUpdate", "installationUpdate" -> {
                recorder.update(activity, incoming.get());
                yield ResponseEntity.ok().build();
            }
            default -> ResponseEntity.ok().build();
        };
    }

    private ResponseEntity<byte[]> message(Activity activity, Incoming incoming) {
        Optional<Inbound.Payload> payload = payload(activity, incoming);
        if (payload.isEmpty()) {
            return ResponseEntity.ok().build();
        }
        recorder.seen(incoming);
        String rendering = activity.getValue() == null ? "" : ActionData.rendering(json.valueToTree(activity.getValue()));
        TeamsTurn turn = new TeamsTurn(incoming, payload.get(), delivery, rendering);
        dispatch.dispatch(turn.arrival(), turn, turn.resumable());
        return ResponseEntity.ok().build();
    }

    /** A card submit (the message's value), else the text, which in a channel counts only when it mentions the bot. */
    private Optional<Inbound.Payload> payload(Activity activity, Incoming incoming) {
        if (activity.getValue() != null && (activity.getText() == null || activity.getText().isBlank())) {
            return ActionData.read(json.valueToTree(activity.getValue()));
        }
        if (incoming.inChannel() && !Incoming.mentions(activity, incoming.botId())) {
            return Optional.empty();
        }
        return Optional.of(new Inbound.Text(MessageText.of(activity, incoming.botId())));
    }

    private ResponseEntity<byte[]> invoke(Activity activity, Incoming incoming) {
        JsonNode value = activity.getValue() == null ? json.createObjectNode() : json.valueToTree(activity.getValue());
        Language language = dispatch.language(incoming.user(), incoming.parsedLocale());
        switch (String.valueOf(activity.getName())) {
            case "adaptiveCard/action" -> {
                JsonNode data = value.path("action").path("data");
                Optional<Inbound.Payload> payload = ActionData.read(data);
                if (payload.isPresent()) {
                    recorder.seen(incoming);
                    TeamsTurn turn = new TeamsTurn(incoming, payload.get(), delivery, ActionData.rendering(data));
                    dispatch.dispatch(turn.arrival(), turn, turn.resumable());
                }
                return invokeResponse(json.createObjectNode().put("statusCode", 200)
                        .put("type", "application/vnd.microsoft.activity.message")
                        .put("value", Messages.of(language).get("teams.action.received")));
            }
            case "fileConsent/invoke" -> {
                Resumable resumable = FileConsent.resumable(value, incoming, language);
                TeamsTurn notes = new TeamsTurn(incoming, resumable.payload(), delivery, "");
                dispatch.dispatch(new Arrival(incoming.deliveryId(), incoming.user(), null, FileConsent::noInbound), notes, resumable,
                        () -> consent.handle(value, incoming, language));
                return invokeResponse(json.createObjectNode());
            }
            default -> {
                return invokeResponse(json.createObjectNode());
            }
        }
    }

    private ResponseEntity<byte[]> invokeResponse(JsonNode body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private @Nullable Activity parse(byte[] body) {
        try {
            return json.readValue(body, Activity.class);
        } catch (IOException | RuntimeException e) {
            log.info("A body to /api/messages that is no activity: {}", e.getClass().getSimpleName());
            return null;
        }
    }

    /** The body, or null when it is larger than any activity Teams sends. */
    private static byte @Nullable [] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }
}
