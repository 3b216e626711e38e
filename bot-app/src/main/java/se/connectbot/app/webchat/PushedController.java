package se.connectbot.app.webchat;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/chat/pushed?after=<revision>}: what was sent to this browser's chat user unasked
 * since the revision the page last showed, for the page's light poll. A poll rather than a stream
 * (Server-Sent Events): the page's every-few-seconds query costs the database what a stream's
 * server-side check would, but holds no connection open through proxies and load balancers, needs
 * no emitter bookkeeping per instance, and any instance answers any poll.
 */
@RestController
@RequestMapping("/api/chat")
@ConditionalOnBooleanProperty(name = "connectbot.web-chat.enabled", matchIfMissing = true)
class PushedController {

    private final WebChatPushes pushes;
    private final JsonMapper json;

    PushedController(WebChatPushes pushes, JsonMapper json) {
        this.pushes = pushes;
        this.json = json;
    }

    @GetMapping("/pushed")
    PushedView pushed(@RequestParam(defaultValue = "0") long after, HttpSession session) {
        List<PushedMessage> messages = pushes.after(ChatSession.of(session).user().userId(), after).stream()
                .map(p -> new PushedMessage(p.messageId(), p.revision(), json.readTree(p.viewJson())))
                .toList();
        long revision = messages.isEmpty() ? after : messages.get(messages.size() - 1).revision();
        return new PushedView(revision, messages);
    }

    /** @param revision what to ask after next time */
    record PushedView(long revision, List<PushedMessage> messages) {
    }

    /** @param reply the message as a {@link ReplyView}; a message seen before (same id) replaces what the page shows */
    record PushedMessage(String messageId, long revision, JsonNode reply) {
    }
}
