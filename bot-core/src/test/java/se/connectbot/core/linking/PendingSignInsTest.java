package se.connectbot.core.linking;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.ChatTranscript;

/** One chat user holds at most connectbot.max-pending-sign-ins (5) unused sign-in links at a time. */
class PendingSignInsTest extends TranscriptTestSupport {

    @Test
    void asksToUseAnUnusedLinkInsteadOfHandingOutASixth() {
        ChatTranscript chat = chat();
        for (int i = 0; i < 5; i++) {
            chat.send("logga in").expectText("Logga in i Connect-portalen med din egen länk nedan");
        }

        chat.send("logga in").expectPrivate()
                .expectText("Du har redan 5 inloggningslänkar som inte har använts. Använd den senaste, eller vänta upp till 10 minuter");
    }

    @Test
    void handsOutLinksAgainOnceTheOldOnesExpired() {
        ChatTranscript chat = chat();
        for (int i = 0; i < 5; i++) {
            chat.send("logga in");
        }

        clock.advance(Duration.ofMinutes(11));

        chat.send("logga in").expectText("Logga in i Connect-portalen med din egen länk nedan");
    }
}
