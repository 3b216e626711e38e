package se.connectbot.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.reply.Block;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;

class InvoicesTranscriptTest extends TranscriptTestSupport {

    @Autowired
    FileStore files;

    @Test
    void listsInvoicesWithStatusAmountAndDueDateInPages() {
        signedIn(DemoUsers.ANNA)
                .send("fakturor")
                .expectText("Fakturor (17)", "Fakturanr | Period | Konto | Belopp inkl. moms | Förfaller | Status",
                        "5001002 | 2026-11 | Göteborg | 987,60 kr | 2026-12-15 | Obetald", "5001003 | 2026-10 | Region Öst | 1 234,50 kr",
                        "Förfallen", "[1/2]")
                .click("Nästa ▶")
                .expectText("[2/2]", "4999013")
                .expectButton("◀ Föregående");
    }

    @Test
    void listsInvoicesInEnglish() {
        signedIn(DemoUsers.ANNA, ENGLISH)
                .send("invoices overdue")
                .expectText("Overdue invoices (1)", "5001003 | 2026-10 | Region Öst | SEK 1,234.50 | 2026-11-10 | Overdue");
    }

    @Test
    void filtersUnpaidAndOverdue() {
        // overdue invoices are unpaid too, as the overview counts them, and marked overdue
        signedIn(DemoUsers.ANNA).send("fakturor obetalda").expectText("Obetalda fakturor (2)", "5001002", "5001003 | 2026-10 | Region Öst | 1 234,50 kr | 2026-11-10 | Förfallen");
        signedIn(DemoUsers.ANNA).send("fakturor förfallna").expectText("Förfallna fakturor (1)", "5001003");
        signedIn(DemoUsers.SOFIA).send("fakturor obetalda").expectText("Du har inga obetalda fakturor.");
    }

    @Test
    void showsOneInvoiceByNumberWithItsLines() {
        signedIn(DemoUsers.ANNA)
                .send("faktura 5001003")
                .expectText("Faktura 5001003", "Belopp exkl. moms: 987,60 kr", "Moms: 246,90 kr", "Att betala inkl. moms: 1 234,50 kr",
                        "Månadsavgift | 1 | 987,60 kr | 987,60 kr")
                .expectButton("PDF 5001003");
        signedIn(DemoUsers.ANNA, ENGLISH).send("invoice 123").expectText("No invoice has the number \"123\".");
    }

    @Test
    void deliversThePdfAsAFileKeptInTheFileStore() {
        signedIn(DemoUsers.ANNA)
                .send("fakturor obetalda")
                .click("PDF 5001002")
                .expectText("Här är fakturan som PDF.")
                .expectReply(reply -> {
                    Block.Attachment file = Replies.blocks(reply, Block.Attachment.class).get(0);
                    assertThat(file.fileName()).isEqualTo("faktura-5001002.pdf");
                    assertThat(file.contentType()).isEqualTo("application/pdf");
                    assertThat(file.size()).isPositive();
                    byte[] content = files.content(file.file()).orElseThrow();
                    assertThat(content).hasSize((int) file.size());
                    assertThat(new String(content, StandardCharsets.US_ASCII)).startsWith("%PDF");
                });
    }

    @Test
    void showsOnlyTheInvoicesOfTheUsersScope() {
        signedIn(DemoUsers.KARL).send("fakturor").expectText("5001002").expectNoText("5001003", "5001001", "5002001");
        signedIn(DemoUsers.ERIK).send("fakturor").expectText("Fakturor (1)", "5002001").expectNoText("5001002");
    }

    @Test
    void refusesAUserWithoutTheRightNamingIt() {
        signedIn(DemoUsers.NINA).send("fakturor").expectText("du saknar rättigheten ”Se fakturor”");
        signedIn(DemoUsers.NINA, ENGLISH).send("invoices").expectText("you lack the right \"View invoices\"");
    }

    @Test
    void answersPrivatelyInASharedChannel() {
        signedIn(DemoUsers.ANNA).inSharedChannel("C-ekonomi").send("fakturor").expectPrivate().click("PDF 5001002").expectPrivate();
    }

    @Test
    void labelsEveryAmountWithOrWithoutVatTheSameWay() {
        signedIn(DemoUsers.ANNA).send("fakturor").expectText("| Belopp inkl. moms |");
        signedIn(DemoUsers.ANNA).send("beställningar").expectText("| Pris inkl. moms");
        signedIn(DemoUsers.ANNA).send("status 0701234567").expectText("Månadsavgift exkl. moms: 199,00 kr");
        signedIn(DemoUsers.ANNA).send("fyll på 0701234567").expectText("Priserna är inklusive moms.");
        signedIn(DemoUsers.ANNA, ENGLISH).send("invoices").expectText("| Amount incl. VAT |");
        signedIn(DemoUsers.ANNA, ENGLISH).send("orders").expectText("| Price incl. VAT");
        signedIn(DemoUsers.ANNA, ENGLISH).send("topup 0701234567").expectText("Prices include VAT.");
    }
}
