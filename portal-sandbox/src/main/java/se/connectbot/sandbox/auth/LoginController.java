package se.connectbot.sandbox.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page ({@code GET /login}; the form posts to Spring Security's {@code POST /login})
 * and the start page a person sees when signed in without a client ({@code GET /}). Texts come
 * from {@code auth-messages*.properties}, Swedish first; see {@link LoginLanguage}.
 */
@Controller
class LoginController {

    private final MessageSource messages = messages();

    @GetMapping(AuthConfiguration.LOGIN_PAGE)
    String login(HttpServletRequest request, Model model) {
        addTexts(request, model);
        model.addAttribute("failed", request.getParameter("error") != null);
        model.addAttribute("loggedOut", request.getParameter("logout") != null);
        return "auth/login";
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Authentication authentication, Model model) {
        addTexts(request, model);
        model.addAttribute("username", authentication.getName());
        return "auth/home";
    }

    private void addTexts(HttpServletRequest request, Model model) {
        LoginLanguage language = LoginLanguage.of(request);
        model.addAttribute("lang", language.code());
        model.addAttribute("otherLang", language.other().code());
        model.addAttribute("t", new Texts(messages, language));
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("auth-messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // the base bundle is Swedish; never fall back to the JVM's own locale
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The page's texts in one language, for the template: {@code ${t.get('login.title')}}. */
    record Texts(MessageSource source, LoginLanguage language) {

        public String get(String key) {
            return source.getMessage(key, null, language.locale());
        }
    }
}
