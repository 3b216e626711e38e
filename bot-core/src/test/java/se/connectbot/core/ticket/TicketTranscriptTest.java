package se.connectbot.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.audit.AuditAction;
import se.connectbot.core.audit.AuditEntry;
import se.connectbot.core.audit.AuditLog;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.reply.Block;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketCategory;
import se.connectbot.portal.api.TicketPriority;

class TicketTranscriptTest extends TranscriptTestSupport {

    @Autowired
    AuditLog audit;

    @Test
    void guidesASupportTicketAboutAServiceInSwedish() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA)
                .send("ärende")
                .expectText("Vad gäller ärendet?")
                .click("Felanmälan / support")
                .expectText("Gäller det en viss tjänst?")
                .send("Mobil Bas")
                .expectText("2 tjänster matchar ”Mobil Bas”. Vilken?")
                .click("070-123 45 67 – Mobil Bas 10 GB")
                .expectText("Hur brådskande är det?")
                .click("Hög")
                .expectText("Skriv en kort rubrik (högst 120 tecken).")
                .send("Mobilen har inget nät")
                .expectText("Beskriv ärendet.")
                .send("Sedan i morse.\nOmstart hjälper inte.")
                .expectText("Ska jag skapa det här ärendet?", "Kategori: Felanmälan / support", "Tjänst: 070-123 45 67 – Mobil Bas 10 GB",
                        "Prioritet: Hög", "Rubrik: Mobilen har inget nät", "Meddelande: Sedan i morse.\nOmstart hjälper inte.")
                .click("Skapa ärende")
                .expectText("Klart! Ärendet är skapat med nummer ARD-2026-");
        Ticket created = newTickets().get(0);
        assertThat(created.category()).isEqualTo(TicketCategory.SUPPORT);
        assertThat(created.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(created.serviceId()).isEqualTo("svc-m1");
        assertThat(created.messages().get(0).text()).isEqualTo("Sedan i morse.\nOmstart hjälper inte.");
        assertThat(audit.of(chat.user())).extracting(AuditEntry::action).contains(AuditAction.TICKET_CREATED);
        chat.click("Öppna ärendet").expectText(created.number() + " – Mobilen har inget nät", "Status: Öppet");
    }

    @Test
    void guidesAnInvoiceQuestionInEnglishWithoutServiceOrPriority() {
        signedIn(DemoUsers.ANNA, ENGLISH)
                .send("new ticket")
                .send("invoice")
                .expectText("Is it about a particular service?")
                .send("skip")
                .expectText("Write a short title")
                .send("Question about invoice 5001002")
                .send("Why is it higher?")
                .expectText("Category: Invoice question", "Service: no particular service", "Title: Question about invoice 5001002")
                .expectNoText("Priority:")
                .send("yes")
                .expectText("Done! The ticket is opened with number ARD-2026-");
        assertThat(newTickets()).singleElement().satisfies(t -> {
            assertThat(t.category()).isEqualTo(TicketCategory.INVOICE);
            assertThat(t.priority()).isNull();
            assertThat(t.serviceId()).isNull();
        });
    }

    @Test
    void aCommandWithACategoryAndServiceEntersMidway() {
        signedIn(DemoUsers.ANNA).send("ärende support 0701234567").expectText("Hur brådskande är det?");
        signedIn(DemoUsers.ANNA).send("status 0701234567").click("Skapa ärende").expectText("Hur brådskande är det?");
        signedIn(DemoUsers.ANNA).send("ärende Fakturan är fel").click("Fakturafråga").send("hoppa över")
                .expectText("Beskriv ärendet.");
    }

    @Test
    void refusesAnInvalidPhoneNumberForTheService() {
        signedIn(DemoUsers.ANNA).send("ärende support 07012").expectText("”07012” är inget giltigt telefonnummer", "Gäller det en viss tjänst?");
    }

    @Test
    void repromptsForWrongAnswers() {
        signedIn(DemoUsers.ANNA).send("ärende").send("flygplan").expectText("”flygplan” är ingen kategori jag känner till.");
        signedIn(DemoUsers.ANNA).send("ärende support").send("Kiruna").expectText("Ingen tjänst matchar ”Kiruna”.");
        signedIn(DemoUsers.ANNA).send("ärende support").send("hoppa över").send("bråttom")
                .expectText("”bråttom” är ingen prioritet.");
        signedIn(DemoUsers.ANNA, ENGLISH).send("ticket other").send("skip").send("x".repeat(121))
                .expectText("The title must be 3–120 characters long; yours had 121.");
        assertThat(newTickets()).isEmpty();
    }

    @Test
    void aBareCommandWordAtAFreeTextStepRunsTheCommandButAChoiceStepTakesIt() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("ärende").send("faktura").expectText("Gäller det en viss tjänst?");
        chat.send("hoppa över").expectText("Skriv en kort rubrik");
        chat.send("hjälp").expectText("Det här kan jag hjälpa dig med", "Du har fortfarande ärendet på gång.");
        chat.send("Hjälp med fakturan").expectText("Beskriv ärendet.");
    }

    @Test
    void offersTheWholeTicketAsOneForm() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("ärende").click("Fyll i som formulär");
        Block.Form form = Replies.blocks(chat.reply(), Block.Form.class).get(0);
        assertThat(form.formId()).startsWith("ticket:");
        assertThat(form.inputs()).extracting(Block.Input::name).containsExactly("category", "service", "priority", "title", "message");
        chat.submit(Map.of("category", "SUPPORT", "service", "", "title", "Nätet", "message", "Nere"))
                .expectText("Kontrollera fältet ”Prioritet”: en felanmälan behöver en prioritet.", "form ticket:");
        chat.submit(Map.of("category", "SUPPORT", "priority", "CRITICAL", "service", "0709999999", "title", "Nätet", "message", "Nere"))
                .expectText("Kontrollera fältet ”Tjänst”: Ingen tjänst matchar ”0709999999”.");
        chat.submit(Map.of("category", "SUPPORT", "priority", "CRITICAL", "service", "0701234567", "title", "Nätet", "message", "Nere"))
                .expectText("Ska jag skapa det här ärendet?", "Prioritet: Kritisk", "Tjänst: 070-123 45 67 – Mobil Bas 10 GB")
                .click("Skapa ärende").expectText("Klart!");
        assertThat(newTickets()).singleElement().extracting(Ticket::priority).isEqualTo(TicketPriority.CRITICAL);
    }

    @Test
    void aFormFromAModalWorksWithoutADialogFirst() {
        ChatTranscript chat = signedIn(DemoUsers.ERIK, ENGLISH).send("ticket form");
        assertThat(Replies.blocks(chat.reply(), Block.Form.class)).hasSize(1);
        signedIn(DemoUsers.ERIK, ENGLISH)
                .deliver(new Inbound.FormSubmission("ticket", Map.of("category", "ORDER", "title", "More SIMs", "message", "Five more")))
                .expectText("Shall I open this ticket?", "Category: Order")
                .send("yes")
                .expectText("Done!");
        signedIn(DemoUsers.ERIK, ENGLISH)
                .deliver(new Inbound.FormSubmission("ticket", Map.of("category", "ORDER", "title", "x", "message", "y")))
                .expectText("Please check the field \"Title\": The title must be 3–120 characters long; yours had 1.");
    }

    @Test
    void confirmsOnceHoweverOftenItIsClicked() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("ärende ovrigt").send("hoppa över").send("Rubrik här").send("Text")
                .click("Skapa ärende");
        String done = chat.text();
        chat.clickAgain().expectText(done).redeliver().expectText(done);
        assertThat(newTickets()).hasSize(1);
    }

    @Test
    void listsTicketsOpensOneAndReplies() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA)
                .send("ärenden")
                .expectText("Pågående ärenden (2)", "ARD-2026-000041 | Bredbandet i Norrköping nere | Felanmälan / support | Hög | Pågår")
                .expectNoText("ARD-2026-000030")
                .click("Öppna ARD-2026-000041")
                .expectText("ARD-2026-000041 – Bredbandet i Norrköping nere", "Kundtjänst (kundtjänst) · 2026-11-25 09:00\nVi felsöker")
                .click("Svara")
                .expectText("Skriv ditt svar på ärende ARD-2026-000041. Det går till kundtjänst.")
                .send("Tack, det fungerar nu.")
                .expectText("Ditt svar på ärende ARD-2026-000041 är skickat till kundtjänst.");
        assertThat(thread("tck-1")).last().extracting(Ticket.Message::text).isEqualTo("Tack, det fungerar nu.");
        assertThat(audit.of(chat.user())).extracting(AuditEntry::action).contains(AuditAction.TICKET_REPLY);
        signedIn(DemoUsers.ANNA).send("ärenden alla").expectText("Alla ärenden (3)", "ARD-2026-000030");
        signedIn(DemoUsers.ANNA, ENGLISH).send("tickets").expectText("Ongoing tickets (2)", "Fault report / support");
    }

    @Test
    void repliesInOneCommandOnceEvenIfDeliveredTwice() {
        ChatTranscript chat = signedIn(DemoUsers.KARL).send("svara ARD-2026-000042 Beloppet stämmer nu, tack.")
                .expectText("Ditt svar på ärende ARD-2026-000042 är skickat");
        chat.redeliver().expectText("Ditt svar på ärende ARD-2026-000042 är skickat");
        assertThat(thread("tck-2")).hasSize(2);
        signedIn(DemoUsers.KARL, ENGLISH).send("reply ARD-2026-000042 Second").expectText("Your reply to ticket ARD-2026-000042 was sent");
        assertThat(thread("tck-2")).hasSize(3);
    }

    @Test
    void refusesRepliesToClosedOrUnknownTickets() {
        signedIn(DemoUsers.ANNA).send("svara ARD-2026-000030 Hej").expectText("Ärende ARD-2026-000030 är avslutat");
        signedIn(DemoUsers.ANNA).send("svara ARD-2026-999999 Hej").expectText("Jag hittar inget ärende ”ARD-2026-999999”");
        signedIn(DemoUsers.KARL).send("ärende ARD-2026-000041").expectText("Jag hittar inget ärende ”ARD-2026-000041”");
        signedIn(DemoUsers.ANNA, ENGLISH).send("reply").expectText("Write reply followed by the ticket number");
    }

    @Test
    void refusesAUserWithoutTheTicketRightNamingIt() {
        signedIn(DemoUsers.LARS).send("ärenden").expectText("du saknar rättigheten ”Se/skapa ärenden”");
        signedIn(DemoUsers.LARS, ENGLISH).send("ticket").expectText("you lack the right \"View/create tickets\"");
        signedIn(DemoUsers.LARS).send("svara ARD-2026-000042 hej").expectText("Se/skapa ärenden");
    }

    private java.util.List<Ticket> newTickets() {
        return portal.tickets().stream().filter(t -> !t.id().matches("tck-[1-4]")).toList();
    }

    private java.util.List<Ticket.Message> thread(String ticketId) {
        return portal.tickets().stream().filter(t -> t.id().equals(ticketId)).findFirst().orElseThrow().messages();
    }

    @Test
    void picksTheServiceByItsNumberANameOrAPhoneNumber() {
        signedIn(DemoUsers.ANNA).send("ärende").send("faktura").send("Mobil Bas")
                .expectText("2 tjänster matchar ”Mobil Bas”. Vilken?", "Svara med numret i listan (1–2), ett namn eller ett telefonnummer.")
                .send("2").send("Fel belopp").send("Fakturan är för hög.")
                .expectText("Tjänst: 070-123 45 68 – Mobil Bas 10 GB");
        signedIn(DemoUsers.ANNA, ENGLISH).send("new ticket").send("invoice").send("+46 70 234 56 78")
                .send("Wrong amount").send("The invoice is too high.")
                .expectText("Service: 070-234 56 78 – Mobil Obegränsad");
        signedIn(DemoUsers.ANNA, ENGLISH).send("new ticket").send("invoice").send("Mobil")
                .expectText("Answer with the number in the list (1–3)")
                .send("Mobil Obegränsad").send("Wrong amount").send("The invoice is too high.")
                .expectText("Service: 070-234 56 78 – Mobil Obegränsad");
    }

    @Test
    void repromptsForAOneCharacterMessage() {
        signedIn(DemoUsers.ANNA).send("ärende").send("faktura").send("hoppa över").send("Fel belopp").send("x")
                .expectText("Meddelandet är bara 1 tecken.", "Beskriv ärendet.")
                .send("Fakturan är för hög.").expectText("Ska jag skapa det här ärendet?", "Meddelande: Fakturan är för hög.");
        signedIn(DemoUsers.ANNA, ENGLISH).send("new ticket").send("invoice").send("skip").send("Wrong amount").send(".")
                .expectText("The message is only 1 character long.", "Describe the matter.")
                .send("ok").expectText("Shall I open this ticket?");
        assertThat(newTickets()).isEmpty();
    }

    @Test
    void aFormNeverDropsAChosenPriority() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("ärende").click("Fyll i som formulär");
        assertThat(Replies.blocks(chat.reply(), Block.Form.class).get(0).inputs()).extracting(Block.Input::label)
                .contains("Prioritet (bara för felanmälan / support)");
        chat.submit(Map.of("category", "INVOICE", "priority", "HIGH", "service", "", "title", "Fel belopp", "message", "För hög"))
                .expectText("Kontrollera fältet ”Prioritet”: ett ärende av typen ”Fakturafråga” har ingen prioritet");
        chat.submit(Map.of("category", "INVOICE", "service", "", "title", "Fel belopp", "message", "För hög"))
                .expectText("Ska jag skapa det här ärendet?").expectNoText("Prioritet:");
        signedIn(DemoUsers.ERIK, ENGLISH)
                .deliver(new Inbound.FormSubmission("ticket", Map.of("category", "ORDER", "priority", "LOW", "title", "More SIMs", "message", "Five")))
                .expectText("Please check the field \"Priority\": a ticket of the kind \"Order\" has no priority");
        assertThat(newTickets()).isEmpty();
    }
}
