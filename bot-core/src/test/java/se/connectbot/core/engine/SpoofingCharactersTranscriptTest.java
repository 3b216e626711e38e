package se.connectbot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.Inbound;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;

/** Bidirectional controls and other invisible format characters never come back in what the bot echoes. */
class SpoofingCharactersTranscriptTest extends TranscriptTestSupport {

    private static final String SPOOFS = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF\u00AD";

    @Test
    void anUnknownWordIsEchoedWithoutBidiControls() {
        chat().send("\u202Eblo\u2066rp\u2069").expectText("Jag känner inte igen ”blorp”.");
        ChatTranscript chat = chat().send("blorp" + SPOOFS + "x");
        chat.expectText("Jag känner inte igen ”blorpx”.");
        assertNoSpoofs(chat.text());
    }

    @Test
    void aCommandHiddenBehindBidiControlsIsRecognised() {
        signedIn(DemoUsers.ANNA).send("\u202Estatus\u200F 070\u200B1234567").expectText("Karin Ahl");
    }

    @Test
    void dialogAnswersAndFormValuesAreStoredAndShownWithoutThem() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("ärende ovrigt").send("hoppa över")
                .send("Rubrik \u202Egnilliv\u202C med text").send("Meddelande\u2067 här");
        chat.expectText("Rubrik: Rubrik gnilliv med text", "Meddelande: Meddelande här");
        assertNoSpoofs(chat.text());

        ChatTranscript form = signedIn(DemoUsers.ANNA).deliver(new Inbound.FormSubmission("ticket",
                Map.of("category", "INVOICE", "service", "", "title", "\u202EFaktura", "message", "Text\u2066 med\u2069 mera")));
        form.expectText("Rubrik: Faktura", "Meddelande: Text med mera");
        assertNoSpoofs(form.text());
    }

    @Test
    void theDidYouMeanOfReportsAndOutageSubscriptionsEchoesNoBidiControls() {
        ChatTranscript report = signedIn(DemoUsers.ANNA).send("rapport tj\u202Enster");
        report.expectText("Rapporten ”tjnster” känner jag inte till. Menade du Tjänster?");
        assertNoSpoofs(report.text());

        ChatTranscript filter = signedIn(DemoUsers.ANNA).inSharedChannel("C-" + UUID.randomUUID().toString().substring(0, 8))
                .send("prenumerera drift G\u2067ötebrog\u2069");
        filter.expectText("”Götebrog”", "Menade du Göteborg?");
        assertNoSpoofs(filter.text());
    }

    @Test
    void keepsLineBreaksAndJoinersThatEmojiNeed() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("ärende ovrigt").send("hoppa över")
                .send("Familjen \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67").send("Rad ett\nRad två");
        chat.expectText("Rubrik: Familjen \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "Meddelande: Rad ett\nRad två");
    }

    private static void assertNoSpoofs(String text) {
        assertThat(text.chars().filter(c -> SPOOFS.indexOf(c) >= 0)).as("format characters in:\n" + text).isEmpty();
    }
}
