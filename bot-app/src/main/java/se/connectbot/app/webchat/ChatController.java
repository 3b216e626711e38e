package se.connectbot.app.webchat;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.app.webchat.ChatRequests.ActionRequest;
import se.connectbot.app.webchat.ChatRequests.FormRequest;
import se.connectbot.app.webchat.ChatRequests.LocaleRequest;
import se.connectbot.app.webchat.ChatRequests.MessageRequest;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.Inbound;
import se.connectbot.app.webchat.ChatSession.Notice;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.linking.LinkedAccount;

/**
 * The web chat's JSON endpoint: what the page sends becomes an {@link Inbound} for the core, the
 * core's reply comes back as a {@link ReplyView}. Every POST needs the session's CSRF token in a
 * header (see {@code /api/chat/session}).
 */
@RestController
@RequestMapping("/api/chat")
@ConditionalOnBooleanProperty(name = "connectbot.web-chat.enabled", matchIfMissing = true)
class ChatController {

    private final BotEngine engine;
    private final AccountLinking linking;
    private final ReplyViews views;
    private final WebChatProperties properties;

    ChatController(BotEngine engine, AccountLinking linking, ReplyViews views, WebChatProperties properties) {
        this.engine = engine;
        this.linking = linking;
        this.views = views;
        this.properties = properties;
    }

    /** Who this browser is, in which language, and the CSRF token its POSTs must carry. */
    @GetMapping("/session")
    SessionView session(HttpSession session, CsrfToken csrf) {
        return SessionView.of(ChatSession.of(session), linking, csrf);
    }

    @PutMapping("/session/locale")
    SessionView locale(@Valid @RequestBody LocaleRequest request, HttpSession session, CsrfToken csrf) {
        ChatSession chat = ChatSession.of(session);
        chat.locale("en".equals(request.locale()) ? Locale.UK : ChatSession.SWEDISH);
        return SessionView.of(chat, linking, csrf);
    }

    /** Forgets the link to the portal user (revoking its tokens) and starts a fresh session. */
    @PostMapping("/sign-out")
    ResponseEntity<Void> signOut(HttpSession session) {
        linking.unlink(ChatSession.of(session).user());
        session.invalidate();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/messages")
    ResponseEntity<ReplyView> message(@Valid @RequestBody MessageRequest request, HttpSession session) {
        if (request.text().length() > properties.maxTextLength()) {
            throw new TooLongException(request.text().length(), properties.maxTextLength());
        }
        return handle(ChatSession.of(session), request.deliveryId(), new Inbound.Text(request.text()));
    }

    @PostMapping("/actions")
    ResponseEntity<ReplyView> action(@Valid @RequestBody ActionRequest request, HttpSession session) {
        return handle(ChatSession.of(session), request.deliveryId(), new Inbound.Action(request.actionId(), request.value()));
    }

    @PostMapping("/forms")
    ResponseEntity<ReplyView> form(@Valid @RequestBody FormRequest request, HttpSession session) {
        Map<String, String> values = new LinkedHashMap<>();
        request.values().forEach((name, value) -> {
            if (name != null && value != null) {
                if (value.length() > properties.maxTextLength()) {
                    throw new TooLongException(value.length(), properties.maxTextLength());
                }
                values.put(name, value);
            }
        });
        return handle(ChatSession.of(session), request.deliveryId(), new Inbound.FormSubmission(request.formId(), values));
    }

    private ResponseEntity<ReplyView> handle(ChatSession chat, String clientDeliveryId, Inbound.Payload payload) {
        // Namespaced by chat user: another browser can never replay this one's delivery.
        String deliveryId = chat.user().userId() + ":" + clientDeliveryId.toLowerCase(Locale.ROOT);
        Inbound inbound = new Inbound(deliveryId, chat.user(), chat.conversation(), chat.locale(), payload);
        ReplyView reply = views.render(engine.handle(inbound), chat);
        return ResponseEntity.ok(reply);
    }

    /** What the page needs to know about its session. */
    record SessionView(String locale, boolean signedIn, @Nullable String userName, @Nullable Notice notice,
                       String csrfHeader, String csrfToken) {

        static SessionView of(ChatSession chat, AccountLinking linking, CsrfToken csrf) {
            Optional<LinkedAccount> link = linking.find(chat.user());
            return new SessionView(chat.locale().getLanguage(), link.isPresent(), link.map(LinkedAccount::name).orElse(null),
                    chat.takeNotice().orElse(null), csrf.getHeaderName(), csrf.getToken());
        }
    }

    /** A message longer than anyone would type: refused before it reaches the core. */
    static final class TooLongException extends RuntimeException {
        TooLongException(int length, int max) {
            super("text of " + length + " characters is longer than the " + max + " accepted");
        }
    }
}
