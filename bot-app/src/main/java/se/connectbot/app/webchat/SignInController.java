package se.connectbot.app.webchat;

import jakarta.servlet.http.HttpSession;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.connectbot.core.linking.AccountLinking;

/**
 * The page's "Logga in" button: starts the core's account linking for this browser's chat user
 * and sends the browser to the portal's sign-in. The portal sends it back to
 * {@code /oauth/callback}, which returns it to the chat.
 */
@Controller
@ConditionalOnBooleanProperty(name = "connectbot.web-chat.enabled", matchIfMissing = true)
class SignInController {

    private final AccountLinking linking;

    SignInController(AccountLinking linking) {
        this.linking = linking;
    }

    @GetMapping("/signin")
    ResponseEntity<Void> signIn(HttpSession session) {
        ChatSession chat = ChatSession.of(session);
        URI portal = linking.signInUrl(chat.user(), chat.conversation(), chat.locale());
        chat.expectSignInFrom(portal.toString());
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, portal.toString()).build();
    }
}
