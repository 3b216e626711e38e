package se.connectbot.core.command;

import org.junit.jupiter.api.Test;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.DemoUsers;

/** A first conversation in the user's own words, in both languages: read, offered a choice, or quoted whole. */
class FreePhrasingTranscriptTest extends TranscriptTestSupport {

    @Test
    void readsAQuestionWhereverItsWordsStand() {
        signedIn(DemoUsers.ANNA).send("vilka fakturor har jag inte betalat?").expectText("Obetalda fakturor");
        signedIn(DemoUsers.ANNA, ENGLISH).send("which invoices haven't I paid?").expectText("Unpaid invoices");
        chat().send("ligger 4G nere?").expectText("Aktuella driftstörningar för 4G");
        chat(ENGLISH).send("is anything down?").expectText("Current outages");
    }

    @Test
    void takesAPhoneNumberInAnyFormatInASentence() {
        signedIn(DemoUsers.ANNA).send("hur mycket data har jag kvar på +46 (0)70-123 45 67?").expectText("Karin Ahl");
        signedIn(DemoUsers.ANNA, ENGLISH).send("how much data is left on 070 123 45 67").expectText("Karin Ahl");
    }

    @Test
    void answersThanksAndGreetings() {
        chat().send("tack!").expectText("Varsågod!");
        chat(ENGLISH).send("thanks a lot").expectText("You're welcome!");
        chat().send("hej!").expectText("Det här kan jag hjälpa dig med");
        chat(ENGLISH).send("hi, is anything down?").expectText("Current outages");
    }

    @Test
    void offersTheLikelyMeaningsOfAnAmbiguousSentence() {
        signedIn(DemoUsers.ANNA).send("internet funkar inte")
                .expectText("Jag är inte säker på vad du menar")
                .expectButton("Visa driftstörningar")
                .expectButton("Skapa ett ärende")
                .click("Visa driftstörningar")
                .expectText("Aktuella driftstörningar");
        signedIn(DemoUsers.ANNA, ENGLISH).send("problems with the network, want to report it")
                .expectButton("Show outages")
                .expectButton("Open a ticket");
    }

    @Test
    void quotesAnUnknownSentenceWholeAndKeepsDiacriticsInDidYouMean() {
        chat().send("vad tycker du om fotboll?").expectText("Jag känner inte igen ”vad tycker du om fotboll?”.");
        chat(ENGLISH).send("what's the weather like").expectText("I don't recognise \"what's the weather like\".");
        chat().send("drifstörningar").expectText("Menade du: driftstörningar?").expectButton("driftstörningar");
    }
}
