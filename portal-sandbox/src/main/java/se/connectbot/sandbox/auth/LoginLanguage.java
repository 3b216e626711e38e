package se.connectbot.sandbox.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.util.StringUtils;

/**
 * The language of the login pages: Swedish or English. An explicit {@code ?lang=sv|en} wins and
 * is remembered in the session (so it survives the redirect after a failed login); then the
 * {@code ui_locales} of the authorization request that sent the browser here (a client such as
 * the bot asks for the language it speaks to the user); then the browser's
 * {@code Accept-Language}; Swedish when none says.
 */
enum LoginLanguage {
    SV, EN;

    static final String SESSION_ATTRIBUTE = LoginLanguage.class.getName();
    /** Where the authorization server's chain keeps the request that sent the browser to log in (the default cache). */
    private static final HttpSessionRequestCache REQUEST_CACHE = new HttpSessionRequestCache();

    static LoginLanguage of(HttpServletRequest request) {
        Optional<LoginLanguage> asked = parse(request.getParameter("lang"));
        if (asked.isPresent()) {
            request.getSession().setAttribute(SESSION_ATTRIBUTE, asked.get());
            return asked.get();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof LoginLanguage remembered) {
            return remembered;
        }
        Optional<LoginLanguage> client = uiLocales(request);
        if (client.isPresent()) {
            return client.get();
        }
        if (!StringUtils.hasText(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))) {
            // without the header the servlet container offers its own default locale instead (English
            // on most servers), which is not the browser saying anything
            return SV;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            Optional<LoginLanguage> accepted = parse(locale.getLanguage());
            if (accepted.isPresent()) {
                return accepted.get();
            }
        }
        return SV;
    }

    /** The first supported language of {@code ui_locales} (space-separated tags) in the saved authorization request. */
    private static Optional<LoginLanguage> uiLocales(HttpServletRequest request) {
        SavedRequest saved = REQUEST_CACHE.getRequest(request, null);
        String[] values = saved == null ? null : saved.getParameterValues("ui_locales");
        if (values == null) {
            return Optional.empty();
        }
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.trim().split("\\s+")))
                .map(tag -> parse(Locale.forLanguageTag(tag).getLanguage()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    static Optional<LoginLanguage> parse(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (LoginLanguage language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The ISO 639-1 code, for {@code <html lang>} and links. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Locale locale() {
        return Locale.forLanguageTag(code());
    }

    LoginLanguage other() {
        return this == SV ? EN : SV;
    }
}
