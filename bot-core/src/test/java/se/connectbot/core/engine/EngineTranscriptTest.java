package se.connectbot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.reply.Block;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.Right;

class EngineTranscriptTest extends TranscriptTestSupport {

    @Autowired
    DeliveryLog deliveries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TokenCipher cipher;

    @Test
    void answersAnUnknownOrMisspeltCommandWithDidYouMeanAndTheHelpHint() {
        signedIn(DemoUsers.ANNA)
                .send("drifstörningar")
                .expectText("Jag känner inte igen ”drifstörningar”.", "Menade du: driftstörningar?", "Skriv hjälp för att se alla kommandon.")
                .click("driftstörningar")
                .expectText("Aktuella driftstörningar");
        // a misspelt word in a sentence that says enough is simply read
        signedIn(DemoUsers.ANNA).send("fakturro obetalda").expectText("Obetalda fakturor (2)");
        chat(ENGLISH).send("outgaes").expectText("I don't recognise \"outgaes\".", "Did you mean: outages?", "Write help");
        chat().send("blorp").expectText("Jag känner inte igen ”blorp”.").expectNoText("Menade du");
    }

    @Test
    void refusesInputOverFourThousandCharactersClearly() {
        chat().send("status " + "a".repeat(4000))
                .expectText("Meddelandet är för långt: jag läser högst 4000 tecken, ditt var 4007.");
        chat(ENGLISH).send("ä".repeat(5000)).expectText("That message is too long: I read at most 4000 characters, yours had 5000.");
        ChatTranscript inDialog = signedIn(DemoUsers.ANNA).send("ärende ovrigt").send("hoppa över").send("Rubrik");
        inDialog.send("x".repeat(4001)).expectText("Meddelandet är för långt");
        inDialog.send("Kort text").expectText("Ska jag skapa det här ärendet?");
    }

    @Test
    void handlesARetriedDeliveryOnceAndAnswersTheSame() {
        ChatTranscript chat = signedIn(DemoUsers.KARL).send("svara ARD-2026-000042 En gång");
        String first = chat.text();
        chat.redeliver().expectText(first);
        chat.redeliver().expectText(first);
        assertThat(portal.writes()).isEqualTo(1);
    }

    @Test
    void answersACopyArrivingWhileTheFirstIsStillHandledWithStillWorking() {
        Inbound first = new Inbound(UUID.randomUUID().toString(), new ChatUser(Platform.SLACK, "T-busy", "U-busy"),
                new ConversationRef(Platform.SLACK, "T-busy", "D-busy", false), ENGLISH, new Inbound.Text("help"));
        assertThat(deliveries.start(first)).as("the first copy takes the delivery on").isEmpty();

        assertThat(Replies.text(engine.handle(first))).isEqualTo("I am still working on that – try again in a moment.");
    }

    @Test
    void repeatsADeliveredFileByNameAndDoesNotKeepItsContent() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fakturor obetalda").click("PDF 5001002");
        assertThat(Replies.blocks(chat.reply(), Block.Attachment.class)).hasSize(1);
        String sealed = jdbc.queryForObject("select reply from delivery where delivery_id = ?", String.class, chat.lastDeliveryId());
        String stored = cipher.decrypt(sealed, "SLACK|T-test|" + chat.lastDeliveryId());
        assertThat(stored).contains("faktura-5001002.pdf")
                .as("no PDF bytes (base64 of \"%PDF\" starts with JVBER)").doesNotContain("JVBER");

        chat.redeliver().expectText("Här är fakturan som PDF.", "Filen faktura-5001002.pdf är redan skickad.");
        assertThat(Replies.blocks(chat.reply(), Block.Attachment.class)).isEmpty();
    }

    @Test
    void containsAFaultyHandlerAndCarriesOn() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA);
        portal.failWith(new IllegalStateException("boom"));
        chat.send("status 0701234567").expectText("Något gick fel hos mig. Det är loggat; försök igen om en stund.");
        chat.send("fakturor").expectText("Något gick fel hos mig.");
        portal.failWith(null);
        chat.send("status 0701234567").expectText("Karin Ahl");
    }

    @Test
    void explainsThePortalsFailuresInTheUsersLanguage() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA, ENGLISH);
        portal.failWith(new PortalException(PortalError.FORBIDDEN, "403", Right.VIEW_INVOICES, null, null, null));
        chat.send("invoices").expectText("You may not do that: you lack the right \"View invoices\" in the portal.",
                "Ask your administrator");
        portal.failWith(new PortalException(PortalError.RATE_LIMITED, "429", null, null, java.time.Duration.ofSeconds(20), null));
        chat.send("invoices").expectText("Please try again in 20 seconds.");
        portal.failWith(new PortalException(PortalError.NOT_FOUND, "404"));
        chat.send("invoices").expectText("That is not in the portal, or you do not have access to it.");
        portal.failWith(null);
        portal.down(true);
        chat.send("status 0701234567").expectText("The portal is not answering right now.");
    }

    @Test
    void keepsEveryPersonalAnswerPrivateInASharedChannel() {
        ChatTranscript shared = signedIn(DemoUsers.ANNA).inSharedChannel("C-allmant");
        for (String command : List.of("översikt", "status 0701234567", "fakturor", "beställningar", "ärenden", "vem är jag", "hjälp",
                "fyll på", "avbryt", "blorp", "logga in")) {
            shared.send(command).expectPrivate();
        }
        shared.send("drift").expectPublic();
    }

    @Test
    void aButtonItDoesNotKnowIsAnsweredPolitely() {
        chat().deliver(new Inbound.Action("something-old", "x")).expectText("Den knappen fungerar inte längre.");
        chat().deliver(new Inbound.Action("dialog", "not-a-dialog")).expectText("Den dialogen är redan avslutad.");
        chat().deliver(new Inbound.FormSubmission("unknown-form", Map.of())).expectText("Den dialogen är redan avslutad.");
    }

    @Test
    void servesEveryPlatformAlike() {
        for (Platform platform : Platform.values()) {
            ChatTranscript.on(engine, platform).locale(ENGLISH).signInAs(DemoUsers.SOFIA, driver())
                    .send("/connect status 0704567890").expectText("Maria Svensson");
        }
    }
}
