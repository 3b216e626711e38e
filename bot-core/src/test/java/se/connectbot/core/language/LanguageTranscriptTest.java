package se.connectbot.core.language;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;

class LanguageTranscriptTest extends TranscriptTestSupport {

    @Test
    void followsThePlatformLocaleElseSwedish() {
        chat(ENGLISH).send("help").expectText("Here is what I can do");
        chat(null).send("help").expectText("Det här kan jag");
        chat(Locale.GERMAN).send("help").expectText("Det här kan jag");
    }

    @Test
    void aUsersOwnChoiceOverridesThePlatformAndIsKept() {
        ChatTranscript chat = chat(SWEDISH);
        chat.send("language en").expectText("I will answer you in English from now on.");
        chat.send("hjälp").expectText("Here is what I can do");
        chat.locale(Locale.forLanguageTag("sv-SE")).send("status").expectText("You need to sign in");
        chat.send("språk sv").expectText("Jag svarar dig på svenska från och med nu.");
        chat.locale(ENGLISH).send("help").expectText("Det här kan jag");
    }

    @Test
    void showsTheCurrentLanguageWithButtonsToChange() {
        chat().send("sprak").expectText("Jag svarar dig på svenska. Välj språk:").click("English")
                .expectText("I will answer you in English from now on.");
    }

    @Test
    void refusesALanguageItDoesNotSpeak() {
        chat().send("språk franska").expectText("Jag talar svenska (sv) och engelska (en), inte ”franska”.");
        chat(ENGLISH).send("language fr").expectText("I speak Swedish (sv) and English (en), not \"fr\".");
    }

    @Test
    void changesLanguageOnlyForThatChatUser() {
        ChatTranscript first = signedIn(DemoUsers.ANNA);
        first.send("language en");
        chat().send("hjälp").expectText("Det här kan jag");
    }

    @Test
    void aChangeOfLanguageDuringADialogRemindsOfItInTheNewLanguage() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på");
        chat.send("language en").expectText("I will answer you in English from now on.", "You still have the top-up going.")
                .expectNoText("Du har fortfarande");
        chat.send("3").expectText("Which data package do you want for 070-234 56 78");
        chat.send("språk sv").expectText("Jag svarar dig på svenska från och med nu.", "Du har fortfarande påfyllningen på gång.");
    }

    @Test
    void asksThePortalsLoginPageForTheUsersLanguage() {
        ChatTranscript chat = chat(SWEDISH);
        org.assertj.core.api.Assertions.assertThat(chat.send("logga in").signInLink().getQuery()).endsWith("&ui_locales=sv");
        chat.send("language en");
        org.assertj.core.api.Assertions.assertThat(chat.send("login").signInLink().getQuery()).endsWith("&ui_locales=en");
    }
}
