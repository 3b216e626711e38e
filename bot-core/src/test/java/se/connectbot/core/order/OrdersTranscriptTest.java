package se.connectbot.core.order;

import org.junit.jupiter.api.Test;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.DemoUsers;

class OrdersTranscriptTest extends TranscriptTestSupport {

    @Test
    void listsOrdersInProgress() {
        signedIn(DemoUsers.ANNA)
                .send("beställningar")
                .expectText("Pågående beställningar (1)", "ORD-2026-000100 | Ny mobilabonnemang x2 | Pågår | 2026-11-22 10:00 | 2026-11-29")
                .expectNoText("ORD-2026-000099");
    }

    @Test
    void listsOrdersInEnglish() {
        signedIn(DemoUsers.ERIK, ENGLISH).send("orders").expectText("Orders in progress (1)", "ORD-2026-000101", "Received", "SEK 0.00");
    }

    @Test
    void saysSoWhenThereAreNone() {
        signedIn(DemoUsers.SOFIA).send("bestallningar").expectText("Du har inga pågående beställningar.");
        signedIn(DemoUsers.KARL, ENGLISH).send("orders").expectText("ORD-2026-000100");
    }
}
