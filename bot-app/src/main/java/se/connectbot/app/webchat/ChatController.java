package se.connectbot.app.webchat;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import se.connectbot.app.webchat.ChatRequests.ActionRequest;
import se.connectbot.app.webchat.ChatRequests.FormRequest;
import se.connectbot.app.webchat.ChatRequests.LocaleRequest;
import se.connectbot.app.webchat.ChatRequests.MessageRequest;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.Inbound;
import se.connectbot.app.webchat.ChatSession.Notice;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.LanguagePreferences;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.linking.LinkingProperties;
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
    private final LanguagePreferences languages;
    private final ReplyViews views;
    private final WebChatHistory history;
    private final JsonMapper json;
    private final Clock clock;
    private final WebChatProperties properties;
    private final QuickCommands quick;
    private final URI afterSignOut;

    ChatController(BotEngine engine, AccountLinking linking, LanguagePreferences languages, ReplyViews views,
                   WebChatHistory history, JsonMapper json, Clock clock, WebChatProperties properties,
                   LinkingProperties linkingProperties, QuickCommands quick) {
        this.engine = engine;
        this.linking = linking;
        this.languages = languages;
        this.views = views;
        this.history = history;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.quick = quick;
        this.afterSignOut = URI.create(linkingProperties.publicBaseUrl().toString().replaceAll("/+$", "") + "/");
    }

    /**
     * Who this browser is, in which language, and the CSRF token its POSTs must carry. The language
     * is the one the bot answers in (a "språk engelska" typed in the chat counts as much as the
     * page's switch), so that the page's own words follow it.
     */
    @GetMapping("/session")
    SessionView session(HttpSession session, CsrfToken csrf) {
        ChatSession chat = ChatSession.of(session);
        Locale spoken = languages.resolve(chat.user(), chat.locale()).locale();
        if (!spoken.getLanguage().equals(chat.locale().getLanguage())) {
            chat.locale(spoken);
        }
        SessionView view = SessionView.of(chat, linking, csrf);
        if (!view.signedIn()) {
            // signed out ("logga ut" typed) or never in: whoever signs in next in this browser starts afresh
            history.forget(chat.userId());
            return view;
        }
        return view.withQuick(quick.of(chat.user()));
    }

    /** The page's language switch: the bot's answers follow it too, as after the command. */
    @PutMapping("/session/locale")
    SessionView locale(@Valid @RequestBody LocaleRequest request, HttpSession session, CsrfToken csrf) {
        ChatSession chat = ChatSession.of(session);
        Language chosen = "en".equals(request.locale()) ? Language.EN : Language.SV;
        languages.choose(chat.user(), chosen);
        chat.locale(chosen.locale());
        return SessionView.of(chat, linking, csrf);
    }

    /** The conversation so far, for the page to show again after a reload: this session's own turns only. */
    @GetMapping("/history")
    HistoryView history(HttpSession session) {
        ChatSession chat = ChatSession.of(session);
        if (linking.find(chat.user()).isEmpty()) {
            return new HistoryView(List.of());
        }
        return new HistoryView(history.of(chat.userId()).stream()
                .map(turn -> new TurnView(turn.said(), json.readTree(turn.viewJson())))
                .toList());
    }

    /**
     * Forgets the link to the portal user (revoking its tokens) and the conversation, and starts a
     * fresh session; answers where the browser goes next to end the portal session the sign-in
     * made, so that the next person at a shared computer must sign in with their own password.
     */
    @PostMapping("/sign-out")
    SignOutView signOut(HttpSession session) {
        ChatSession chat = ChatSession.of(session);
        Optional<URI> portal = linking.signOut(chat.user(), afterSignOut);
        history.forget(chat.userId());
        session.invalidate();
        return new SignOutView(portal.map(URI::toString).orElse(null));
    }

    /** @param portalSignOut where the browser ends its portal session (and comes back to the chat), if the portal has such a place */
    record SignOutView(@Nullable String portalSignOut) {
    }

    @PostMapping("/messages")
    ResponseEntity<ReplyView> message(@Valid @RequestBody MessageRequest request, HttpSession session) {
        if (request.text().length() > properties.maxTextLength()) {
            throw new TooLongException(request.text().length(), properties.maxTextLength());
        }
        return handle(ChatSession.of(session), request.deliveryId(), new Inbound.Text(request.text()), request.text());
    }

    @PostMapping("/actions")
    ResponseEntity<ReplyView> action(@Valid @RequestBody ActionRequest request, HttpSession session) {
        return handle(ChatSession.of(session), request.deliveryId(), new Inbound.Action(request.actionId(), request.value()),
                request.echo() == null ? "›" : request.echo());
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
        return handle(ChatSession.of(session), request.deliveryId(), new Inbound.FormSubmission(request.formId(), values),
                request.echo() == null ? "›" : request.echo());
    }

    private ResponseEntity<ReplyView> handle(ChatSession chat, String clientDeliveryId, Inbound.Payload payload, String said) {
        // Namespaced by chat user: another browser can never replay this one's delivery.
        String deliveryId = chat.user().userId() + ":" + clientDeliveryId.toLowerCase(Locale.ROOT);
        Inbound inbound = new Inbound(deliveryId, chat.user(), chat.conversation(), chat.locale(), payload);
        ReplyView reply = views.render(engine.handle(inbound), chat);
        if (linking.find(chat.user()).isPresent()) {
            history.add(chat.userId(), clientDeliveryId.toLowerCase(Locale.ROOT), said, json.writeValueAsString(reply), clock.instant());
        } else {
            // only a signed-in person's conversation is shown again; signed out ("logga ut" typed) it goes, with the
            // answer's portal sign-out link, whose ID token must not lie in the database in the clear
            history.forget(chat.userId());
        }
        return ResponseEntity.ok(reply);
    }

    /** The conversation so far, oldest turn first. */
    record HistoryView(List<TurnView> turns) {
    }

    /** @param reply the bot's answer as the page rendered it ({@link ReplyView}) */
    record TurnView(String said, JsonNode reply) {
    }

    /** What the page needs to know about its session. */
    /** @param quick the page's quick buttons this user may use ({@link QuickCommands}) */
    record SessionView(String locale, boolean signedIn, @Nullable String userName, @Nullable Notice notice,
                       String csrfHeader, String csrfToken, List<String> quick) {

        static SessionView of(ChatSession chat, AccountLinking linking, CsrfToken csrf) {
            Optional<LinkedAccount> link = linking.find(chat.user());
            return new SessionView(chat.locale().getLanguage(), link.isPresent(), link.map(LinkedAccount::name).orElse(null),
                    chat.takeNotice().orElse(null), csrf.getHeaderName(), csrf.getToken(), QuickCommands.all());
        }

        SessionView withQuick(List<String> allowed) {
            return new SessionView(locale, signedIn, userName, notice, csrfHeader, csrfToken, allowed);
        }
    }

    /** A message longer than anyone would type: refused before it reaches the core. */
    static final class TooLongException extends RuntimeException {
        TooLongException(int length, int max) {
            super("text of " + length + " characters is longer than the " + max + " accepted");
        }
    }
}
