package se.connectbot.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LoginLanguageTest {

    @Test
    void prefersTheAskedLanguageAndRemembersIt() {
        MockHttpServletRequest asked = request("sv-SE");
        asked.setParameter("lang", "EN");

        assertThat(LoginLanguage.of(asked)).isEqualTo(LoginLanguage.EN);
        MockHttpServletRequest later = request("sv-SE");
        later.setSession(asked.getSession());
        assertThat(LoginLanguage.of(later)).isEqualTo(LoginLanguage.EN);
    }

    @Test
    void followsTheBrowsersFirstSupportedLanguage() {
        assertThat(LoginLanguage.of(request("de-DE", "en-US", "sv-SE"))).isEqualTo(LoginLanguage.EN);
        assertThat(LoginLanguage.of(request("sv-FI", "en"))).isEqualTo(LoginLanguage.SV);
    }

    @Test
    void speaksSwedishWhenNothingElseFits() {
        MockHttpServletRequest request = request("fr-FR");
        request.setParameter("lang", "fi");

        assertThat(LoginLanguage.of(request)).isEqualTo(LoginLanguage.SV);
    }

    @Test
    void speaksSwedishWhenTheBrowserStatesNoLanguage() {
        // a request without Accept-Language still reports a locale: the container's default (English here)
        MockHttpServletRequest silent = new MockHttpServletRequest("GET", "/login");

        assertThat(LoginLanguage.of(silent)).isEqualTo(LoginLanguage.SV);
    }

    private static MockHttpServletRequest request(String... languageTags) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setPreferredLocales(java.util.Arrays.stream(languageTags).map(Locale::forLanguageTag).toList());
        return request;
    }

    @Test
    void followsTheUiLocalesOfTheAuthorizationRequestBeforeTheBrowser() {
        MockHttpServletRequest authorize = request("sv-SE");
        authorize.setParameter("ui_locales", "de en-GB");
        new org.springframework.security.web.savedrequest.HttpSessionRequestCache()
                .saveRequest(authorize, new org.springframework.mock.web.MockHttpServletResponse());
        MockHttpServletRequest login = request("sv-SE");
        login.setSession(authorize.getSession());

        assertThat(LoginLanguage.of(login)).isEqualTo(LoginLanguage.EN);
    }
}
