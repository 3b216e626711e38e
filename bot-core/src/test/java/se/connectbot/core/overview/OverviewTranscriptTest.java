package se.connectbot.core.overview;

import org.junit.jupiter.api.Test;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.DemoUsers;

class OverviewTranscriptTest extends TranscriptTestSupport {

    @Test
    void showsTheCountsWithAButtonPerList() {
        signedIn(DemoUsers.ANNA)
                .send("översikt")
                .expectText("Översikt för Nordkust Logistik AB", "Aktiva tjänster: 6", "Pågående beställningar: 1", "Pågående ärenden: 2",
                        "Obetalda fakturor: 2")
                .expectButton("Tjänster (6)")
                .expectButton("Beställningar (1)")
                .expectButton("Ärenden (2)")
                .click("Obetalda fakturor (2)")
                // the overdue invoice is unpaid too: the list agrees with the count, and marks it
                .expectText("Obetalda fakturor (2)", "5001003", "Förfallen", "5001002", "Obetald");
    }

    @Test
    void showsTheCountsInEnglish() {
        signedIn(DemoUsers.ERIK, ENGLISH)
                .send("dashboard")
                .expectText("Overview for Fjällbygg Entreprenad AB", "Active services: 2")
                .click("Tickets (1)")
                .expectText("Ongoing tickets (1)", "ARD-2026-000050");
    }

    @Test
    void saysWhichRightIsMissingInsteadOfAMisleadingZero() {
        signedIn(DemoUsers.LARS).send("översikt")
                .expectText("Pågående ärenden: – (kräver rättigheten ”Se/skapa ärenden”)").expectNoText("Pågående ärenden: 0");
        signedIn(DemoUsers.NINA, ENGLISH).send("overview")
                .expectText("Unpaid invoices: – (needs the right \"View invoices\")").expectNoButton("Unpaid invoices (0)");
    }

    @Test
    void offersOnlyTheListsTheUserMayOpen() {
        signedIn(DemoUsers.LARS).send("oversikt").expectButton("Tjänster (6)").expectNoButton("Ärenden (0)");
        signedIn(DemoUsers.NINA).send("översikt").expectNoButton("Obetalda fakturor (0)");
    }
}
