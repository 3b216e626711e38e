package se.connectbot.app.webchat;

import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.linking.LinkingProperties;
import se.connectbot.core.linking.PendingSignIns;

/**
 * The page's "Logga in" button: starts the core's account linking for this browser's chat user
 * and sends the browser to the portal's sign-in. The portal sends it back to
 * {@code /oauth/callback}, which returns it to the chat.
 */
@Controller
@ConditionalOnBooleanProperty(name = "connectbot.web-chat.enabled", matchIfMissing = true)
class SignInController {

    private final AccountLinking linking;
    private final PendingSignIns pending;
    private final LinkingProperties properties;

    SignInController(AccountLinking linking, PendingSignIns pending, LinkingProperties properties) {
        this.linking = linking;
        this.pending = pending;
        this.properties = properties;
    }

    /** To the portal's sign-in; 429 with a word on why, when this chat already holds too many unused links. */
    @GetMapping("/signin")
    ResponseEntity<?> signIn(HttpSession session) {
        ChatSession chat = ChatSession.of(session);
        if (pending.atLimit(chat.user())) {
            String text = Messages.of(Language.of(chat.locale()).orElse(Language.DEFAULT))
                    .get("login.too.many", pending.limit(), properties.signInValidity().toMinutes());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(text);
        }
        URI portal = linking.signInUrl(chat.user(), chat.conversation(), chat.locale());
        chat.expectSignInFrom(portal.toString());
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, portal.toString()).build();
    }
}
