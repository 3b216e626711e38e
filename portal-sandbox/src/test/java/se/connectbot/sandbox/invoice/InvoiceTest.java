package se.connectbot.sandbox.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.connectbot.sandbox.ApiResponse;
import se.connectbot.sandbox.PortalApiTest;
import tools.jackson.databind.JsonNode;

class InvoiceTest extends PortalApiTest {

    @Test
    void servesTheInvoiceAsARealPdfWithItsNumbersAndLines() throws IOException {
        JsonNode invoice = as(ANNA).get("/api/v1/invoices/" + largestInvoice(ANNA)).expect(200).json();

        ApiResponse pdf = as(ANNA).getPdf("/api/v1/invoices/" + invoice.path("id").asString() + "/pdf").expect(200);

        assertThat(pdf.raw().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"faktura-" + invoice.path("number").asString() + ".pdf\"");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(text).contains(invoice.path("number").asString(), invoice.path("ocr").asString(), "Att betala",
                    "Moms 25 %", "Förfallodatum", invoice.path("lines").get(0).path("description").asString().substring(0, 10));
            assertThat(text).contains(InvoicePdf.money(invoice.path("total").decimalValue()));
        }
    }

    @Test
    void showsAnInvoiceWithLinesThatAddUpAndListsWithout() {
        JsonNode invoice = as(KARL).get("/api/v1/invoices/" + largestInvoice(KARL)).expect(200).json();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : invoice.path("lines")) {
            sum = sum.add(line.path("amount").decimalValue());
        }

        assertThat(sum).isEqualByComparingTo(invoice.path("totalExclVat").decimalValue());
        assertThat(invoice.path("total").decimalValue())
                .isEqualByComparingTo(invoice.path("totalExclVat").decimalValue().add(invoice.path("vat").decimalValue()));
        JsonNode list = as(KARL).get("/api/v1/invoices?number=" + invoice.path("number").asString()).expect(200).json();
        assertThat(list.path("totalItems").asInt()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("lines").size()).isZero();
    }

    @Test
    void readsStatusesAgainstTheClockNewestFirst() {
        LocalDate today = LocalDate.now(clock);
        JsonNode overdue = as(ANNA).get("/api/v1/invoices?status=OVERDUE&size=100").expect(200).json().path("items");
        JsonNode unpaid = as(ANNA).get("/api/v1/invoices?status=UNPAID&size=100").expect(200).json().path("items");
        JsonNode all = as(ANNA).get("/api/v1/invoices?size=100").expect(200).json().path("items");

        assertThat(overdue.size()).isPositive();
        overdue.forEach(i -> assertThat(LocalDate.parse(i.path("dueDate").asString())).isBefore(today));
        overdue.forEach(i -> assertThat(i.path("paidDate").isNull()).isTrue());
        unpaid.forEach(i -> assertThat(LocalDate.parse(i.path("dueDate").asString())).isAfterOrEqualTo(today));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).path("issueDate").asString()).isGreaterThanOrEqualTo(all.get(i).path("issueDate").asString());
        }
    }

    @Test
    void answersProblemsEvenWhenAPdfIsAsked() {
        String invoice = largestInvoice(ANNA);

        as(NINA).getPdf("/api/v1/invoices/" + invoice + "/pdf").forbidden("VIEW_INVOICES");
        as(ERIK).getPdf("/api/v1/invoices/" + invoice + "/pdf").problem(404);
    }

    private String largestInvoice(String user) {
        return jdbc.queryForObject("""
                select i.id from invoice i where i.account_id = any(?)
                order by (select count(*) from invoice_line l where l.invoice_id = i.id) desc, i.id limit 1""",
                String.class, (Object) oracle.accounts(user).toArray(String[]::new));
    }
}
