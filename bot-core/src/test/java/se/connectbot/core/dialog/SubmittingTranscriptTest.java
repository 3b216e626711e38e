package se.connectbot.core.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.reply.Reply;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.portal.api.Order;

/** A confirmed write whose outcome is not known yet fixes the dialog: no 409 loop, one order. */
class SubmittingTranscriptTest extends TranscriptTestSupport {

    /**
     * Each turn in the background on a thread of its own: on a small machine the common pool has
     * one thread, and a second turn queued behind a held first one would only run after it.
     */
    private final java.util.concurrent.Executor turns = Thread.ofVirtual().name("turn-", 1)::start;

    @Autowired
    JdbcTemplate jdbc;

    private static final String TEN_GB = "10 GB – 1 249,50 kr";

    @Test
    void aConfirmThatTimedOutThenBackAnotherChoiceAndConfirmOrdersOnceWithoutA409Loop() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på 0701234567");
        Reply packages = chat.reply();
        chat.click("5 GB – 149,00 kr").expectText("Stämmer det här?", "Paket: 5 GB");
        Reply confirmation = chat.reply();
        portal.loseAnswers(1);

        chat.click("Beställ").expectText("Portalen svarar inte just nu, så jag vet inte om påfyllningen kom fram")
                .expectButton("Beställ").expectNoButton("◀ Tillbaka").expectNoButton("Avbryt");
        chat.send("tillbaka").expectText("Jag hade redan börjat skicka påfyllningen", "Klart! Påfyllningen är beställd", "Paket: 5 GB");
        String order = topUp().number();
        chat.clickIn(packages, TEN_GB).expectText("Klart!", order).expectNoText("Något gick fel");
        chat.clickIn(confirmation, "Beställ").expectText("Klart!", order);

        assertThat(portal.writes()).isOne();
        assertThat(topUp().description()).isEqualTo("Påfyllning 5 GB");
    }

    @Test
    void whileTheOrderIsBeingSentBackAndAnotherChoiceWaitAndARepeatedConfirmGivesTheSameOrder() throws Exception {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på 0701234567");
        Reply packages = chat.reply();
        chat.click("5 GB – 149,00 kr");
        Reply confirmation = chat.reply();
        portal.holdWrites();
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> chat.restartedOn(engine).clickIn(confirmation, "Beställ").text(), turns);
        awaitSubmitting(chat);

        chat.send("tillbaka").expectText("Jag skickar påfyllningen till portalen just nu. Vänta ett ögonblick");
        chat.clickIn(packages, TEN_GB).expectText("Jag skickar påfyllningen till portalen just nu.");
        chat.send("avbryt").expectText("Jag skickar påfyllningen till portalen just nu.");
        portal.releaseWrites();

        assertThat(first.get(10, TimeUnit.SECONDS)).contains("Klart! Påfyllningen är beställd", "Paket: 5 GB");
        chat.clickIn(confirmation, "Beställ").expectText("Klart!", topUp().number());
        assertThat(portal.writes()).isOne();
    }

    @Test
    void anAttemptOlderThanTheTimeoutIsSentAgainByTheNextTurnAndBothGetTheSameOrder() throws Exception {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på 0701234567 5GB");
        Reply confirmation = chat.reply();
        portal.holdWrites();
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> chat.restartedOn(engine).clickIn(confirmation, "Beställ").text(), turns);
        awaitSubmitting(chat);
        clock.advance(Duration.ofSeconds(31));

        CompletableFuture<String> again = CompletableFuture.supplyAsync(() -> chat.restartedOn(engine).send("tillbaka").text(), turns);
        Thread.sleep(300);
        portal.releaseWrites();

        String order = first.get(10, TimeUnit.SECONDS);
        assertThat(again.get(10, TimeUnit.SECONDS)).contains("Jag hade redan börjat skicka påfyllningen", "Klart!", topUp().number());
        assertThat(order).contains("Klart!", topUp().number());
        assertThat(portal.writes()).isOne();
    }

    /** Waits until the click in the background has saved the dialog SUBMITTING (it is then at the portal). */
    private void awaitSubmitting(ChatTranscript chat) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (jdbc.queryForObject("select count(*) from dialog where user_id = ? and status = 'SUBMITTING'", Integer.class,
                    chat.user().userId()) == 1) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the confirmation never began");
    }

    private Order topUp() {
        return portal.orders().stream().filter(o -> o.kind() == Order.OrderKind.TOP_UP).findFirst()
                .orElseThrow(() -> new AssertionError("no top-up was ordered"));
    }
}
