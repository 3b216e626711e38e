package se.connectbot.portal.api;

import java.util.List;

/**
 * The portal as one signed-in user sees it: every call carries that user's access token, so
 * the portal itself judges the user's rights. Obtain one with {@link PortalApi#forUser}.
 *
 * <p>Every method throws {@link PortalException} on failure, with a {@link PortalError} the
 * caller can turn into plain words. Writes take an idempotency key: the same key twice gives
 * the same order or ticket, never a second one. Implementations are thread-safe.
 */
public interface UserPortal {

    Me me();

    Dashboard dashboard();

    List<AccountNode> accountTree();

    Account account(String accountId);

    Page<ServiceSummary> services(ServiceQuery query);

    ServiceDetail service(String serviceId);

    List<DataPackage> topUpPackages(String serviceId);

    Order orderTopUp(String serviceId, TopUpRequest request, String idempotencyKey);

    Page<Order> orders(OrderQuery query);

    Order order(String orderId);

    Page<Invoice> invoices(InvoiceQuery query);

    Invoice invoice(String invoiceId);

    Document invoicePdf(String invoiceId);

    Page<Ticket> tickets(TicketQuery query);

    Ticket ticket(String ticketId);

    Ticket createTicket(NewTicket ticket, String idempotencyKey);

    Ticket.Message replyToTicket(String ticketId, TicketReply reply, String idempotencyKey);

    List<Outage> outages(OutageQuery query);

    List<ReportDefinition> reports();

    /** One slice of a report of the portal's default size ({@value ReportPage#DEFAULT_SIZE} rows); {@code cursor} null for the first. */
    default ReportPage report(ReportKind kind, @org.jspecify.annotations.Nullable String cursor) {
        return report(kind, cursor, ReportPage.DEFAULT_SIZE);
    }

    /**
     * One slice of a report of at most {@code size} rows (1 to {@value ReportPage#MAX_SIZE}, the
     * contract's bounds; the portal may send fewer); {@code cursor} null for the first.
     */
    ReportPage report(ReportKind kind, @org.jspecify.annotations.Nullable String cursor, int size);
}
