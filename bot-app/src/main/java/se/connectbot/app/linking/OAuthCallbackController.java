package se.connectbot.app.linking;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import se.connectbot.app.webchat.ChatSession;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.linking.LinkOutcome;

/**
 * {@code GET /oauth/callback?code&state} (or {@code ?error&state}): completes the sign-in the
 * core started. A browser that came from the web chat goes straight back to it, the outcome
 * waiting there as a notice; anyone else (Slack, Teams, Discord) sees a small page in their
 * language saying how it went and to go back to the chat.
 */
@Controller
class OAuthCallbackController {

    static final String PATH = "/oauth/callback";

    private final AccountLinking linking;

    OAuthCallbackController(AccountLinking linking) {
        this.linking = linking;
    }

    @GetMapping(PATH)
    ModelAndView callback(@RequestParam(required = false) @Nullable String code,
                          @RequestParam(required = false) @Nullable String state,
                          @RequestParam(required = false) @Nullable String error,
                          HttpServletRequest request) {
        if (state == null || state.isBlank()) {
            return page(CallbackPage.incomplete(request.getLocale()), HttpStatus.BAD_REQUEST);
        }
        LinkOutcome outcome;
        if (code != null) {
            outcome = linking.complete(state, code);
        } else if (error != null) {
            outcome = linking.decline(state, error);
        } else {
            return page(CallbackPage.incomplete(request.getLocale()), HttpStatus.BAD_REQUEST);
        }
        Optional<ChatSession> webChat = ChatSession.existing(request.getSession(false))
                .filter(chat -> chat.completesSignIn(state));
        if (webChat.isPresent()) {
            webChat.get().notice(webChatNotice(outcome));
            return new ModelAndView("redirect:/");
        }
        return page(CallbackPage.of(outcome), outcome instanceof LinkOutcome.Linked ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    /** In the chat itself, "go back to the chat" would be odd: a linked user just hears who they are. */
    private static ChatSession.Notice webChatNotice(LinkOutcome outcome) {
        if (outcome instanceof LinkOutcome.Linked linked) {
            String text = "en".equals(outcome.locale().getLanguage())
                    ? "You are signed in as " + linked.portalName() + "."
                    : "Du är inloggad som " + linked.portalName() + ".";
            return new ChatSession.Notice(text, true);
        }
        return new ChatSession.Notice(outcome.message(), false);
    }

    private static ModelAndView page(CallbackPage page, HttpStatus status) {
        ModelAndView view = new ModelAndView("signed-in");
        view.addObject("page", page);
        view.setStatus(status);
        return view;
    }

    /** What the small page says, in the user's language (Swedish unless English). */
    record CallbackPage(String lang, String title, String message, boolean success) {

        static CallbackPage of(LinkOutcome outcome) {
            boolean english = isEnglish(outcome.locale());
            boolean linked = outcome instanceof LinkOutcome.Linked;
            String title = linked ? (english ? "Signed in" : "Inloggad")
                    : (english ? "Sign-in failed" : "Inloggningen misslyckades");
            return new CallbackPage(english ? "en" : "sv", title, outcome.message(), linked);
        }

        static CallbackPage incomplete(Locale browser) {
            return isEnglish(browser)
                    ? new CallbackPage("en", "Sign-in failed", "This sign-in link is incomplete. Ask the bot for a new one with \"login\".", false)
                    : new CallbackPage("sv", "Inloggningen misslyckades", "Inloggningslänken är ofullständig. Be boten om en ny med \"logga in\".", false);
        }

        private static boolean isEnglish(Locale locale) {
            return "en".equals(locale.getLanguage());
        }
    }
}
