package se.connectbot.core.invoice;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.command.Args;
import se.connectbot.portal.api.InvoiceStatus;

/**
 * The invoices command's arguments: a status word ({@code unpaid}/{@code obetalda},
 * {@code overdue}/{@code förfallna}, {@code paid}/{@code betalda}), {@code page N}/{@code sida N},
 * {@code pdf <id>}, or an invoice number.
 */
record InvoiceArgs(@Nullable InvoiceStatus status, int page, @Nullable String number, @Nullable String pdfOf) {

    private static final Set<String> UNPAID = Set.of("unpaid", "obetalda", "obetald", "open", "oppna");
    private static final Set<String> OVERDUE = Set.of("overdue", "forfallna", "forfallen", "forsenade", "late");
    private static final Set<String> PAID = Set.of("paid", "betalda", "betald");
    private static final Set<String> PAGE = Set.of("page", "sida");

    static InvoiceArgs parse(Args args) {
        List<String> words = args.folded();
        if (words.size() == 2 && words.get(0).equals("pdf")) {
            return new InvoiceArgs(null, 0, null, args.tokens().get(1));
        }
        InvoiceStatus status = null;
        int page = 0;
        String number = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (PAGE.contains(word) && i + 1 < words.size() && words.get(i + 1).matches("\\d{1,4}")) {
                page = Math.max(0, Integer.parseInt(words.get(++i)) - 1);
            } else if (status(word) != null) {
                status = status(word);
            } else {
                number = args.tokens().get(i);
            }
        }
        return new InvoiceArgs(status, page, number, null);
    }

    private static @Nullable InvoiceStatus status(String word) {
        return UNPAID.contains(word) ? InvoiceStatus.UNPAID
                : OVERDUE.contains(word) ? InvoiceStatus.OVERDUE
                : PAID.contains(word) ? InvoiceStatus.PAID : null;
    }

    /** The command text for another page of the same list (canonical English words). */
    String commandFor(int zeroBasedPage) {
        String filter = status == null ? "" : " " + status.name().toLowerCase(java.util.Locale.ROOT);
        return ("invoices" + filter + (number == null ? "" : " " + number) + " page " + (zeroBasedPage + 1)).strip();
    }
}
