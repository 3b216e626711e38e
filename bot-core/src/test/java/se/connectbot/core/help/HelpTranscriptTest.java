package se.connectbot.core.help;

import org.junit.jupiter.api.Test;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.DemoUsers;

class HelpTranscriptTest extends TranscriptTestSupport {

    @Test
    void signedOutListsWhatWorksNowAndWhatSigningInAdds() {
        chat().send("hjälp")
                .expectText("Det här kan jag hjälpa dig med", "logga in: Kopplar din chattanvändare", "driftstörningar [kommun",
                        "Logga in för att också kunna använda: översikt, status")
                .expectNoText("fyll på [telefonnummer] [paket]: ");
        chat(ENGLISH).send("help").expectText("Here is what I can do for you", "Sign in to also use: overview, status");
    }

    @Test
    void listsOnlyWhatTheUserMayDo() {
        signedIn(DemoUsers.ANNA).send("hjalp")
                .expectText("fyll på [telefonnummer] [paket]: Fyll på extra data", "ärende [kategori] [tjänst]: Skapa ett ärende",
                        "fakturor [obetalda");
        signedIn(DemoUsers.LARS).send("hjälp")
                .expectText("status [telefonnummer", "fakturor [obetalda", "översikt:")
                .expectNoText("fyll på [telefonnummer]", "ärende [kategori]", "svara <ärendenummer>");
        signedIn(DemoUsers.NINA, ENGLISH).send("help").expectText("topup [phone number]").expectNoText("invoices [unpaid");
    }

    @Test
    void explainsOneCommandAndWhyTheUserMayNotUseIt() {
        signedIn(DemoUsers.LARS).send("hjälp fyll på")
                .expectText("fyll på [telefonnummer] [paket]", "fyll på 070-123 45 67 5GB", "Du kan också skriva: topup",
                        "du saknar rättigheten ”Beställa tjänster”");
        signedIn(DemoUsers.ANNA, ENGLISH).send("help invoices").expectText("invoices [unpaid | overdue | invoice number]")
                .expectNoText("you lack");
        chat(ENGLISH).send("help tickets").expectText("Needs you to be signed in.");
        chat().send("hjälp flyga").expectText("Jag har inget kommando som heter ”flyga”.");
    }

    @Test
    void greetsAnEmptyMessage() {
        chat().send("   ").expectText("Hej! Skriv hjälp");
        chat(ENGLISH).send("/connect").expectText("Hi! Write help");
    }
}
