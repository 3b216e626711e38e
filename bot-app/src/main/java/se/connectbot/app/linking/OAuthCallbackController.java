package se.connectbot.app.linking;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;
import se.connectbot.app.webchat.ChatSession;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.linking.LinkOutcome;
import se.connectbot.core.linking.LinkingProperties;

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
 *       whether to link this portal user to that chat identity (named as the platform calls it)
 *       and says what confirming lets that chat user do. Only its Confirm button
 *       ({@code POST /oauth/callback} with the state, {@code decision=confirm} and the session's
 *       CSRF token) links, and only from the browser that signed in: the page comes with a
 *       one-time secret in an HttpOnly, SameSite=Strict cookie, valid for minutes, without which
 *       the confirmation is refused and the sign-in ended. The state alone — all that the one
 *       who forwarded the link knows — links nothing. Cancel forgets the sign-in.
 * </ul>
 * Anything else ends on a small page saying how it went and to go back to the chat.
 */
@Controller
class OAuthCallbackController {

    static final String PATH = "/oauth/callback";
    static final String CONFIRM = "confirm";
    /** The confirming browser's secret cookie: one per sign-in, so two open confirmation pages do not clash. */
    static final String COOKIE_PREFIX = "connect_confirm_";

    private final AccountLinking linking;
    /** Secure cookies when the bot is reached over HTTPS, also behind a proxy that ends TLS. */
    private final boolean httpsPublicly;

    OAuthCallbackController(AccountLinking linking, LinkingProperties properties) {
        this.linking = linking;
        this.httpsPublicly = "https".equalsIgnoreCase(properties.publicBaseUrl().getScheme());
    }

    @GetMapping(PATH)
    ModelAndView callback(@RequestParam(required = false) @Nullable String code,
                          @RequestParam(required = false) @Nullable String state,
                          @RequestParam(required = false) @Nullable String error,
                          HttpServletRequest request, HttpServletResponse response, CsrfToken csrf) {
        if (state == null || state.isBlank() || (code == null && error == null)) {
            return page(CallbackPage.incomplete(request.getLocale()), HttpStatus.BAD_REQUEST);
        }
        Optional<ChatSession> webChat = ChatSession.existing(request.getSession(false))
                .filter(chat -> chat.completesSignIn(state));
        LinkOutcome outcome;
        if (code != null) {
            outcome = linking.exchange(state, code, webChat.isPresent());
            if (webChat.isPresent() && outcome instanceof LinkOutcome.AwaitingConfirmation asked) {
                outcome = linking.confirm(state, asked.browserSecret());
            }
        } else {
            outcome = linking.decline(state, Objects.requireNonNull(error));
        }
        if (webChat.isPresent()) {
            webChat.get().notice(webChatNotice(outcome, webChat.get().locale()));
            return new ModelAndView("redirect:/");
        }
        if (outcome instanceof LinkOutcome.AwaitingConfirmation asked) {
            response.addHeader(HttpHeaders.SET_COOKIE, secretCookie(request, state, asked.browserSecret(), asked.validFor()).toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            ModelAndView view = new ModelAndView("confirm-link");
            view.addObject("page", ConfirmPage.of(asked, csrf));
            return view;
        }
        return outcomePage(outcome);
    }

    /**
     * The confirmation page's answer; the session's CSRF token is checked by Spring Security
     * before this runs, the browser's secret cookie by the core.
     */
    @PostMapping(PATH)
    ModelAndView decide(@RequestParam String state, @RequestParam(defaultValue = "") String decision,
                        HttpServletRequest request, HttpServletResponse response) {
        String secret = Optional.ofNullable(WebUtils.getCookie(request, cookieName(state))).map(Cookie::getValue).orElse(null);
        response.addHeader(HttpHeaders.SET_COOKIE, secretCookie(request, state, "", Duration.ZERO).toString());
        return outcomePage(CONFIRM.equals(decision) ? linking.confirm(state, secret) : linking.cancel(state, secret));
    }

    private ResponseCookie secretCookie(HttpServletRequest request, String state, String secret, Duration maxAge) {
        return ResponseCookie.from(cookieName(state), secret)
                .path(PATH)
                .httpOnly(true)
                .secure(httpsPublicly || request.isSecure())
                .sameSite("Strict")
                .maxAge(maxAge)
                .build();
    }

    /** Named after a hash of the state, so the cookie does not repeat the state itself. */
    static String cookieName(String state) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return COOKIE_PREFIX + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ModelAndView outcomePage(LinkOutcome outcome) {
        return page(CallbackPage.of(outcome), outcome instanceof LinkOutcome.Linked ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    /** In the chat itself, "go back to the chat" would be odd: a linked user just hears who they are. */
    /** In the language the page speaks now (the person may have switched it while at the portal). */
    private static ChatSession.Notice webChatNotice(LinkOutcome outcome, Locale chosen) {
        return switch (outcome) {
            case LinkOutcome.Linked linked -> new ChatSession.Notice(
                    Messages.of(Language.of(chosen).orElse(Language.DEFAULT)).get("webchat.signed.in", linked.portalName()), true);
            case LinkOutcome.Failed _, LinkOutcome.AwaitingConfirmation _ -> new ChatSession.Notice(outcome.message(), false);
        };
    }

    private static ModelAndView page(CallbackPage page, HttpStatus status) {
        ModelAndView view = new ModelAndView("signed-in");
        view.addObject("page", page);
        view.setStatus(status);
        return view;
    }

    /** The confirmation page: the question, what confirming means, the state its form carries, the CSRF field and the buttons. */
    record ConfirmPage(String lang, String title, String question, String consequence, String warning, String state,
                       String csrfParameter, String csrfToken, String confirm, String cancel) {

        static ConfirmPage of(LinkOutcome.AwaitingConfirmation asked, CsrfToken csrf) {
            Messages messages = Messages.of(Language.of(asked.locale()).orElse(Language.DEFAULT));
            return new ConfirmPage(messages.language().locale().getLanguage(), messages.get("link.confirm.title"), asked.message(),
                    asked.consequence(), messages.get("link.confirm.warning"), asked.state(),
                    csrf.getParameterName(), csrf.getToken(), messages.get("link.confirm.yes"), messages.get("link.confirm.no"));
        }
    }

    /** What the small page says, in the user's language (Swedish unless English), from the core's bundles. */
    record CallbackPage(String lang, String title, String message, boolean success) {

        static CallbackPage of(LinkOutcome outcome) {
            Messages messages = messages(outcome.locale());
            String title = switch (outcome) {
                case LinkOutcome.Linked _ -> messages.get("link.page.signed.in");
                case LinkOutcome.Failed(var reason, _, _) when reason == LinkOutcome.Reason.CANCELLED -> messages.get("link.page.cancelled");
                // a question still open is not shown on this page: the callback shows the confirmation page instead
                case LinkOutcome.Failed _, LinkOutcome.AwaitingConfirmation _ -> messages.get("link.page.failed");
            };
            return new CallbackPage(lang(messages), title, outcome.message(), outcome instanceof LinkOutcome.Linked);
        }

        static CallbackPage incomplete(Locale browser) {
            Messages messages = messages(browser);
            return new CallbackPage(lang(messages), messages.get("link.page.failed"), messages.get("link.page.incomplete"), false);
        }

        private static Messages messages(Locale locale) {
            return Messages.of(Language.of(locale).orElse(Language.DEFAULT));
        }

        private static String lang(Messages messages) {
            return messages.language().locale().getLanguage();
        }
    }
}
