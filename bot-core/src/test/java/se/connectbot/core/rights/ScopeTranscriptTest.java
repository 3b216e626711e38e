package se.connectbot.core.rights;

import org.junit.jupiter.api.Test;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.DemoUsers;

/** Each user sees only their own organisation's, and their own branch's, data. */
class ScopeTranscriptTest extends TranscriptTestSupport {

    @Test
    void anAccountAdministratorSeesOnlyTheirBranch() {
        signedIn(DemoUsers.KARL).send("status").expectText("070-123 45 67", "070-123 45 68", "Lagergatan")
                .expectNoText("070-234 56 78", "Hamnvägen", "Molnväxel");
        signedIn(DemoUsers.KARL).send("ärenden").expectText("ARD-2026-000042").expectNoText("ARD-2026-000041");
        signedIn(DemoUsers.KARL).send("översikt").expectText("Aktiva tjänster: 3");
    }

    @Test
    void noUserSeesAnotherOrganisation() {
        signedIn(DemoUsers.SOFIA).send("status").expectText("070-456 78 90").expectNoText("070-123 45 67", "Fjällvägen");
        signedIn(DemoUsers.ERIK).send("ärenden").expectText("ARD-2026-000050").expectNoText("ARD-2026-000041", "ARD-2026-000042");
        signedIn(DemoUsers.ERIK).send("status 0701234567").expectText("Ingen tjänst matchar");
        signedIn(DemoUsers.SOFIA).send("fyll på 0701234567").expectText("Inget mobilabonnemang matchar ”0701234567”.");
    }
}
