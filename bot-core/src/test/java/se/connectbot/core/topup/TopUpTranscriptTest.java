package se.connectbot.core.topup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.audit.AuditAction;
import se.connectbot.core.audit.AuditEntry;
import se.connectbot.core.audit.AuditLog;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;

class TopUpTranscriptTest extends TranscriptTestSupport {

    @Autowired
    AuditLog audit;

    @Test
    void guidesATopUpInSwedish() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA)
                .send("fyll på")
                .expectText("Vilket mobilabonnemang vill du fylla på?")
                .click("070-123 45 67 – Mobil Bas 10 GB")
                .expectText("Vilket datapaket vill du fylla på 070-123 45 67 (Mobil Bas 10 GB) med?")
                .click("10 GB – 1 249,50 kr")
                .expectText("Stämmer det här?", "Abonnemang: 070-123 45 67 (Mobil Bas 10 GB)", "Paket: 10 GB", "Pris inkl. moms: 1 249,50 kr")
                .click("Beställ")
                .expectText("Klart! Påfyllningen är beställd med ordernummer ORD-2026-", "Väntas aktiveras: 2026-11-25");
        assertThat(topUps()).singleElement().satisfies(order -> {
            assertThat(order.serviceId()).isEqualTo("svc-m1");
            assertThat(order.description()).isEqualTo("Påfyllning 10 GB");
            assertThat(chat.text()).contains(order.number());
        });
        assertThat(audit.of(chat.user())).extracting(AuditEntry::action, AuditEntry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.TOP_UP, AuditEntry.Outcome.SUCCEEDED));
    }

    @Test
    void guidesATopUpInEnglishWithTypedAnswers() {
        signedIn(DemoUsers.ANNA, ENGLISH)
                .send("topup")
                .expectText("Which mobile subscription do you want to top up?")
                .send("070 123 45 68")
                .expectText("Which data package do you want for 070-123 45 68 (Mobil Bas 10 GB)?")
                .send("1gb")
                .expectText("Is this right?", "Price incl. VAT: SEK 49.00")
                .send("yes")
                .expectText("Done! The top-up is ordered with order number ORD-2026-");
        assertThat(topUps()).singleElement().extracting(Order::serviceId).isEqualTo("svc-m2");
    }

    @Test
    void aCommandCarryingTheAnswersGoesStraightToTheConfirmation() {
        signedIn(DemoUsers.ANNA).send("fyll på 070-123 45 67 5GB").expectText("Stämmer det här?", "Paket: 5 GB", "149,00 kr");
        signedIn(DemoUsers.ANNA, ENGLISH).send("top up +46701234567 5").expectText("Is this right?", "Package: 5 GB");
        signedIn(DemoUsers.ANNA).send("topup 0701234567").expectText("Vilket datapaket vill du fylla på 070-123 45 67");
    }

    @Test
    void picksTheOnlySubscriptionWithoutAsking() {
        signedIn(DemoUsers.ERIK).send("fyll på").expectText("Vilket datapaket vill du fylla på 070-345 67 89");
        signedIn(DemoUsers.ERIK, ENGLISH).send("topup 5gb").expectText("Is this right?", "070-345 67 89");
    }

    @Test
    void repromptsForAnInvalidPhoneNumberOrAnUnknownPackageOrChoice() {
        signedIn(DemoUsers.ANNA).send("fyll på 07012")
                .expectText("”07012” är inget giltigt telefonnummer", "Vilket mobilabonnemang vill du fylla på?");
        signedIn(DemoUsers.ANNA).send("fyll på 0709999999")
                .expectText("Inget mobilabonnemang matchar ”0709999999”.");
        signedIn(DemoUsers.ANNA, ENGLISH).send("topup 0701234567 7GB")
                .expectText("I find no package called \"7GB\". Choose among: 1 GB, 5 GB, 10 GB.", "Which data package");
        signedIn(DemoUsers.ANNA).send("fyll på 0701234567 5GB").send("kanske")
                .expectText("Tryck på knappen för att bekräfta, eller skriv ja.", "Stämmer det här?");
        assertThat(topUps()).isEmpty();
    }

    @Test
    void aDoubleClickOrARetriedDeliveryOrdersOnce() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på 0701234567 5GB").click("Beställ");
        String done = chat.text();
        chat.clickAgain().expectText(done);
        chat.redeliver().expectText(done);
        assertThat(topUps()).hasSize(1);
        assertThat(portal.writes()).isEqualTo(1);
    }

    @Test
    void backAndCancelWorkAtEveryStep() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på 0701234567 5GB");
        chat.click("◀ Tillbaka").expectText("Vilket datapaket vill du fylla på 070-123 45 67");
        chat.send("tillbaka").expectText("Vilket mobilabonnemang vill du fylla på?");
        chat.send("tillbaka").expectText("Du är redan vid första steget.");
        chat.send("0701234568").send("5").expectText("070-123 45 68");
        chat.click("Avbryt").expectText("Avbrutet – påfyllningen avbröts och inget har skickats.");
        chat.send("avbryt").expectText("Det finns inget att avbryta.");
        signedIn(DemoUsers.ANNA, ENGLISH).send("topup 0701234567").send("cancel").expectText("Cancelled – the top-up is cancelled");
        assertThat(topUps()).isEmpty();
    }

    @Test
    void expiresAfterBeingIdleAndSaysSo() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på 0701234567");
        clock.advance(Duration.ofMinutes(16));
        chat.send("5GB").expectText("Jag har stängt påfyllningen eftersom jag inte fått något svar på 15 minuter.")
                .expectNoText("Stämmer det här?");
        // with no dialog open, a size alone reads as a wish to top up that much
        chat.send("5GB").expectText("Vilket mobilabonnemang vill du fylla på?");
        ChatTranscript english = signedIn(DemoUsers.ANNA, ENGLISH).send("topup 0701234567 5GB");
        clock.advance(Duration.ofMinutes(20));
        english.click("Order").expectText("I closed the top-up because I got no answer for 15 minutes.", "That dialog was closed");
        assertThat(topUps()).isEmpty();
    }

    @Test
    void aPortalOutageKeepsTheDialogAtItsStepToRetry() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på 0701234567 5GB");
        portal.down(true);
        chat.click("Beställ").expectText("Portalen svarar inte just nu, så jag vet inte om påfyllningen kom fram.")
                .expectButton("Beställ");
        portal.down(false);
        chat.click("Beställ").expectText("Klart! Påfyllningen är beställd");
        assertThat(topUps()).hasSize(1);
        assertThat(audit.of(chat.user())).filteredOn(e -> e.action() == AuditAction.TOP_UP).extracting(AuditEntry::outcome)
                .containsExactly(AuditEntry.Outcome.FAILED, AuditEntry.Outcome.SUCCEEDED);
    }

    @Test
    void aPortalOutageRightAfterAnAcceptedAnswerKeepsThatAnswer() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på").expectText("Vilket mobilabonnemang vill du fylla på?");
        portal.failAfter(2, new PortalException(PortalError.UNAVAILABLE, "down between two steps"));
        chat.click("070-123 45 67 – Mobil Bas 10 GB").expectText("Portalen svarar inte just nu. Jag har kvar påfyllningen där du var");
        portal.failWith(null);
        chat.send("5GB").expectText("Stämmer det här?", "Abonnemang: 070-123 45 67 (Mobil Bas 10 GB)", "Paket: 5 GB");
    }

    @Test
    void clicksAtTheSameMomentOrderOnceAndAnswerAlike() throws Exception {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på 0701234567 5GB");
        se.connectbot.core.reply.Block.Choice order = chat.choices().stream().filter(c -> c.label().equals("Beställ")).findFirst().orElseThrow();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return se.connectbot.coretesting.Replies.text(engine.handle(new se.connectbot.core.chat.Inbound(
                            java.util.UUID.randomUUID().toString(), chat.user(), chat.conversation(), SWEDISH,
                            new se.connectbot.core.chat.Inbound.Action(order.actionId(), order.value()))));
                }));
            }
            start.countDown();
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (java.util.concurrent.Future<String> answer : answers) {
                distinct.add(answer.get());
            }
            assertThat(distinct).singleElement().asString().contains("Klart! Påfyllningen är beställd");
        } finally {
            pool.shutdown();
        }
        assertThat(topUps()).hasSize(1);
    }

    @Test
    void anExpiredSignInMidDialogAsksToSignInAgainAndKeepsTheDialog() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på 0701234567");
        auth.revokeAll(DemoUsers.ANNA);
        chat.send("5GB").expectPrivate().expectText("Din inloggning har gått ut", "det du höll på med finns kvar");
        chat.signInAs(DemoUsers.ANNA, driver());
        chat.send("5GB").expectText("Stämmer det här?", "Paket: 5 GB").click("Beställ").expectText("Klart!");
        assertThat(topUps()).hasSize(1);
    }

    @Test
    void refusesAUserWhoMayNotOrderNamingTheRight() {
        signedIn(DemoUsers.LARS).send("fyll på 0701234567 5GB").expectText("du saknar rättigheten ”Beställa tjänster”");
        signedIn(DemoUsers.LARS, ENGLISH).send("topup").expectText("you lack the right \"Order services\"");
        assertThat(topUps()).isEmpty();
    }

    @Test
    void aStaleButtonShowsWhereTheDialogIs() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på");
        se.connectbot.core.reply.Reply subscriptions = chat.reply();
        chat.click("070-123 45 67 – Mobil Bas 10 GB").expectText("Vilket datapaket");
        chat.clickIn(subscriptions, "070-123 45 68 – Mobil Bas 10 GB")
                .expectText("Den knappen hör till ett tidigare steg.", "Vilket datapaket vill du fylla på 070-123 45 67");
        chat.send("fyll på").expectText("Din tidigare dialog (påfyllningen) avbröts, eftersom du började en ny.");
    }

    @Test
    void aCommandTypedDuringTheDialogRunsAndTheDialogWaits() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på 0701234567 5GB");
        chat.send("status 0702345678").expectText("Mobil Obegränsad", "Du har fortfarande påfyllningen på gång.");
        chat.send("ja").expectText("Klart! Påfyllningen är beställd");
    }

    @Test
    void anotherUsersClickOnMyButtonIsRefused() {
        ChatTranscript mine = signedIn(DemoUsers.ANNA).inSharedChannel("C-team").send("fyll på 0701234567 5GB").expectPrivate();
        ChatTranscript theirs = mine.asAnotherUser();
        theirs.click("Beställ").expectText("Den knappen hör till någon annans dialog.");
        assertThat(topUps()).isEmpty();
    }

    private java.util.List<Order> topUps() {
        return portal.orders().stream().filter(o -> o.kind() == Order.OrderKind.TOP_UP).toList();
    }

    @Test
    void picksTheSubscriptionByItsNumberANameOrAPhoneNumber() {
        signedIn(DemoUsers.ANNA).send("fyll på")
                .expectText("Svara med numret i listan (1–3), ett namn eller ett telefonnummer.")
                .send("3")
                .expectText("Vilket datapaket vill du fylla på 070-234 56 78");
        signedIn(DemoUsers.ANNA).send("fyll på").send("Mobil Obegränsad").expectText("Vilket datapaket vill du fylla på 070-234 56 78");
        signedIn(DemoUsers.ANNA).send("fyll på").send("mobil bas 10 gb").expectText("2 abonnemang matchar ”mobil bas 10 gb”.", "(1–2)")
                .send("2").expectText("Vilket datapaket vill du fylla på 070-123 45 68");
        signedIn(DemoUsers.ANNA, ENGLISH).send("topup")
                .expectText("Answer with the number in the list (1–3), a name or a phone number.")
                .send("#1").expectText("Which data package do you want for 070-123 45 67");
        signedIn(DemoUsers.ANNA, ENGLISH).send("topup").send("0046 70 123 45 68").expectText("070-123 45 68");
    }

}
