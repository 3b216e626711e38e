package se.connectbot.app.linking;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import se.connectbot.app.webchat.ChatSession;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.linking.LinkOutcome;

/**
 * {@code GET /oauth/callback?code&state} (or {@code ?error&state}): finishes the sign-in the
 * core started, never linking anything for a browser that merely holds the link.
 *
 * <ul>
 *   <li>A web chat sign-in is only accepted in the browser session that started it (checked
 *       before the code is exchanged); that browser goes straight back to the chat, linked, the
 *       outcome waiting there as a notice.
 *   <li>A sign-in link handed out in a chat (Slack, Teams, Discord) may have been forwarded to
 *       someone else: the code is exchanged, but the page asks, in the chat user's language,
 *       whether to link this portal user to that chat identity. Only its Confirm button
 *       ({@code POST /oauth/callback} with the state, {@code decision=confirm} and the session's
 *       CSRF token) links; Cancel forgets the sign-in.
 * </ul>
 * Anything else ends on a small page saying how it went and to go back to the chat.
 */
@Controller
class OAuthCallbackController {

    static final String PATH = "/oauth/callback";
    static final String CONFIRM = "confirm";

    private final AccountLinking linking;

    OAuthCallbackController(AccountLinking linking) {
        this.linking = linking;
    }

    @GetMapping(PATH)
    ModelAndView callback(@RequestParam(required = false) @Nullable String code,
                          @RequestParam(required = false) @Nullable String state,
                          @RequestParam(required = false) @Nullable String error,
                          HttpServletRequest request, CsrfToken csrf) {
        if (state == null || state.isBlank() || (code == null && error == null)) {
            return page(CallbackPage.incomplete(request.getLocale()), HttpStatus.BAD_REQUEST);
        }
        Optional<ChatSession> webChat = ChatSession.existing(request.getSession(false))
                .filter(chat -> chat.completesSignIn(state));
        LinkOutcome outcome;
        if (code != null) {
            outcome = linking.exchange(state, code, webChat.isPresent());
            if (webChat.isPresent() && outcome instanceof LinkOutcome.AwaitingConfirmation) {
                outcome = linking.confirm(state);
            }
        } else {
            outcome = linking.decline(state, Objects.requireNonNull(error));
        }
        if (webChat.isPresent()) {
            webChat.get().notice(webChatNotice(outcome));
            return new ModelAndView("redirect:/");
        }
        if (outcome instanceof LinkOutcome.AwaitingConfirmation asked) {
            ModelAndView view = new ModelAndView("confirm-link");
            view.addObject("page", ConfirmPage.of(asked, csrf));
            return view;
        }
        return outcomePage(outcome);
    }

    /** The confirmation page's answer; the session's CSRF token is checked by Spring Security before this runs. */
    @PostMapping(PATH)
    ModelAndView decide(@RequestParam String state, @RequestParam(defaultValue = "") String decision) {
        return outcomePage(CONFIRM.equals(decision) ? linking.confirm(state) : linking.cancel(state));
    }

    private static ModelAndView outcomePage(LinkOutcome outcome) {
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

    /** The confirmation page: the question, the state its form carries, the CSRF field and the buttons. */
    record ConfirmPage(String lang, String title, String question, String warning, String state,
                       String csrfParameter, String csrfToken, String confirm, String cancel) {

        static ConfirmPage of(LinkOutcome.AwaitingConfirmation asked, CsrfToken csrf) {
            boolean english = "en".equals(asked.locale().getLanguage());
            return english
                    ? new ConfirmPage("en", "Confirm the link", asked.message(),
                            "Only confirm if you asked for this sign-in in the chat yourself.", asked.state(),
                            csrf.getParameterName(), csrf.getToken(), "Confirm", "Cancel")
                    : new ConfirmPage("sv", "Bekräfta kopplingen", asked.message(),
                            "Bekräfta bara om du själv bad om inloggningen i chatten.", asked.state(),
                            csrf.getParameterName(), csrf.getToken(), "Bekräfta", "Avbryt");
        }
    }

    /** What the small page says, in the user's language (Swedish unless English). */
    record CallbackPage(String lang, String title, String message, boolean success) {

        static CallbackPage of(LinkOutcome outcome) {
            boolean english = isEnglish(outcome.locale());
            boolean linked = outcome instanceof LinkOutcome.Linked;
            boolean cancelled = outcome instanceof LinkOutcome.Failed failed && failed.reason() == LinkOutcome.Reason.CANCELLED;
            String title = linked ? (english ? "Signed in" : "Inloggad")
                    : cancelled ? (english ? "Cancelled" : "Avbrutet")
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
