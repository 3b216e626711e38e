package se.connectbot.app.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.connectbot.core.linking.LinkOutcome;

/** The sign-in callback page speaks the person's language with the core's words, Swedish unless the bot speaks theirs. */
class CallbackPageTest {

    @Test
    void aLinkedPageInEnglishSaysSignedIn() {
        OAuthCallbackController.CallbackPage page = OAuthCallbackController.CallbackPage.of(
                new LinkOutcome.Linked("Anna", "anna@example.se", Locale.ENGLISH, "You are signed in as Anna."));

        assertThat(page).isEqualTo(new OAuthCallbackController.CallbackPage("en", "Signed in", "You are signed in as Anna.", true));
    }

    @Test
    void aCancelledSignInInSwedishSaysSo() {
        OAuthCallbackController.CallbackPage page = OAuthCallbackController.CallbackPage.of(
                new LinkOutcome.Failed(LinkOutcome.Reason.CANCELLED, Locale.forLanguageTag("sv-SE"), "Inget kopplades."));

        assertThat(page.lang()).isEqualTo("sv");
        assertThat(page.title()).isEqualTo("Avbrutet");
        assertThat(page.success()).isFalse();
    }

    @Test
    void anIncompleteLinkIsExplainedInTheBrowsersLanguageOrSwedish() {
        assertThat(OAuthCallbackController.CallbackPage.incomplete(Locale.UK)).isEqualTo(new OAuthCallbackController.CallbackPage(
                "en", "Sign-in failed", "This sign-in link is incomplete. Ask the bot for a new one with \"login\".", false));
        assertThat(OAuthCallbackController.CallbackPage.incomplete(Locale.GERMAN)).isEqualTo(new OAuthCallbackController.CallbackPage(
                "sv", "Inloggningen misslyckades", "Inloggningslänken är ofullständig. Be boten om en ny med \"logga in\".", false));
    }
}
