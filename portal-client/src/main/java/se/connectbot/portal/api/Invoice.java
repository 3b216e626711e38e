package se.connectbot.portal.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An invoice (faktura). Amounts are SEK; {@code total} includes VAT (moms, 25 %).
 *
 * @param ocr   the payment reference
 * @param lines present on the single-invoice read, empty in lists
 */
public record Invoice(
        String id,
        String number,
        String accountId,
        String accountName,
        LocalDate issueDate,
        LocalDate dueDate,
        String period,
        BigDecimal totalExclVat,
        BigDecimal vat,
        BigDecimal total,
        InvoiceStatus status,
        String ocr,
        @Nullable LocalDate paidDate,
        List<Line> lines) {

    public Invoice {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One invoice line; the amount is SEK excluding VAT. */
    public record Line(String description, @Nullable String serviceId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
    }
}
