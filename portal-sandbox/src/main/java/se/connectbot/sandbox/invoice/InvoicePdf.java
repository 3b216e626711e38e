package se.connectbot.sandbox.invoice;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import se.connectbot.portal.api.Invoice;
import se.connectbot.portal.api.InvoiceStatus;

/**
 * Lays out an invoice as a Swedish A4 PDF: the seller, the recipient's invoice address, the
 * invoice's numbers and dates, the OCR reference, the lines (continued on further pages when
 * long) and the totals with 25 % moms. Stateless.
 */
final class InvoicePdf {

    static final String SELLER = "Connect Kommunikation AB";
    static final String SELLER_ORGANISATION_NUMBER = "556677-8899";
    static final String BANKGIRO = "5050-1055";

    private static final float LEFT = 56;
    private static final float RIGHT = PdfCanvas.WIDTH - 56;
    private static final float LINE = 15;
    private static final float BOTTOM_MARGIN = 110;
    private static final float COL_QUANTITY = 380;
    private static final float COL_UNIT = 460;

    private InvoicePdf() {
    }

    static byte[] render(Invoice invoice, InvoiceRepository.Recipient recipient) {
        try (PdfCanvas pdf = new PdfCanvas("Faktura " + invoice.number())) {
            header(pdf, invoice);
            addressBlock(pdf, recipient);
            facts(pdf, invoice, recipient);
            float y = lines(pdf, invoice, 470);
            totals(pdf, invoice, y);
            footer(pdf);
            return pdf.toBytes();
        }
    }

    private static void header(PdfCanvas pdf, Invoice invoice) {
        pdf.text(LEFT, 780, 16, true, SELLER);
        pdf.text(LEFT, 764, 9, false, "Box 1234, 103 16 Stockholm  |  Org.nr " + SELLER_ORGANISATION_NUMBER + "  |  Momsreg.nr SE"
                + SELLER_ORGANISATION_NUMBER.replace("-", "") + "01");
        pdf.textRight(RIGHT, 780, 20, true, "FAKTURA");
        pdf.textRight(RIGHT, 764, 10, false, "Fakturanummer " + invoice.number());
    }

    private static void addressBlock(PdfCanvas pdf, InvoiceRepository.Recipient recipient) {
        float y = 700;
        pdf.text(330, y, 11, true, recipient.name());
        pdf.text(330, y - LINE, 11, false, recipient.streetLine());
        pdf.text(330, y - 2 * LINE, 11, false, recipient.postcodeLine());
    }

    private static void facts(PdfCanvas pdf, Invoice invoice, InvoiceRepository.Recipient recipient) {
        String[][] facts = {
                {"Fakturanummer", invoice.number()},
                {"Fakturadatum", invoice.issueDate().toString()},
                {"Förfallodatum", invoice.dueDate().toString()},
                {"Period", invoice.period()},
                {"Kund", recipient.companyName()},
                {"Organisationsnummer", recipient.organisationNumber()},
                {"Kundnummer", invoice.accountId()},
                {"Er referens", recipient.invoiceReference() == null ? "-" : recipient.invoiceReference()},
                {"OCR-nummer", invoice.ocr()},
                {"Bankgiro", BANKGIRO},
                {"Status", status(invoice)},
        };
        float y = 700;
        for (String[] fact : facts) {
            pdf.text(LEFT, y, 9, true, fact[0]);
            pdf.text(LEFT + 110, y, 9, false, fact[1]);
            y -= 13;
        }
    }

    private static float lines(PdfCanvas pdf, Invoice invoice, float top) {
        float y = lineHeader(pdf, top);
        for (Invoice.Line line : invoice.lines()) {
            if (y < BOTTOM_MARGIN) {
                pdf.nextPage();
                pdf.text(LEFT, 790, 10, true, "Faktura " + invoice.number() + " (forts.)");
                y = lineHeader(pdf, 760);
            }
            pdf.text(LEFT, y, 9, false, shorten(pdf, line.description(), COL_QUANTITY - LEFT - 50));
            pdf.textRight(COL_QUANTITY, y, 9, false, quantity(line.quantity()));
            pdf.textRight(COL_UNIT, y, 9, false, money(line.unitPrice()));
            pdf.textRight(RIGHT, y, 9, false, money(line.amount()));
            y -= LINE;
        }
        return y;
    }

    private static float lineHeader(PdfCanvas pdf, float y) {
        pdf.text(LEFT, y, 9, true, "Beskrivning");
        pdf.textRight(COL_QUANTITY, y, 9, true, "Antal");
        pdf.textRight(COL_UNIT, y, 9, true, "À-pris");
        pdf.textRight(RIGHT, y, 9, true, "Belopp");
        pdf.rule(LEFT, y - 4, RIGHT);
        return y - LINE - 2;
    }

    private static void totals(PdfCanvas pdf, Invoice invoice, float top) {
        float y = top;
        if (y < BOTTOM_MARGIN + 40) {
            pdf.nextPage();
            y = 760;
        }
        pdf.rule(COL_QUANTITY - 60, y + 6, RIGHT);
        y -= 6;
        pdf.text(COL_QUANTITY - 60, y, 10, false, "Summa exkl. moms");
        pdf.textRight(RIGHT, y, 10, false, money(invoice.totalExclVat()));
        pdf.text(COL_QUANTITY - 60, y - LINE, 10, false, "Moms 25 %");
        pdf.textRight(RIGHT, y - LINE, 10, false, money(invoice.vat()));
        pdf.text(COL_QUANTITY - 60, y - 2 * LINE - 4, 12, true, "Att betala");
        pdf.textRight(RIGHT, y - 2 * LINE - 4, 12, true, money(invoice.total()));
    }

    private static void footer(PdfCanvas pdf) {
        pdf.rule(LEFT, 70, RIGHT);
        pdf.text(LEFT, 56, 8, false, SELLER + "  |  Bankgiro " + BANKGIRO
                + "  |  Ange OCR-nummer vid betalning  |  Dröjsmålsränta enligt räntelagen");
        pdf.text(LEFT, 44, 8, false, "Frågor om fakturan? Skapa ett ärende i Connect-portalen eller ring kundservice 020-12 34 56.");
    }

    private static String status(Invoice invoice) {
        if (invoice.status() == InvoiceStatus.PAID) {
            return "Betald" + (invoice.paidDate() == null ? "" : " " + invoice.paidDate());
        }
        return invoice.status() == InvoiceStatus.OVERDUE ? "Förfallen, obetald" : "Obetald";
    }

    private static String shorten(PdfCanvas pdf, String text, float maxWidth) {
        if (pdf.width(text, 9, false) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && pdf.width(shortened + "…", 9, false) > maxWidth) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    /** {@code 1 234,50 kr}, the Swedish way. */
    static String money(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + " kr";
    }

    private static String quantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
