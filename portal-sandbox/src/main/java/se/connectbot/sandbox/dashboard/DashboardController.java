package se.connectbot.sandbox.dashboard;

import java.util.function.ToLongFunction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.portal.api.Dashboard;
import se.connectbot.portal.api.Right;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.AccountScopes;
import se.connectbot.sandbox.invoice.InvoiceCounts;
import se.connectbot.sandbox.order.OrderBook;
import se.connectbot.sandbox.service.ServiceCounts;
import se.connectbot.sandbox.ticket.TicketCounts;
import se.connectbot.sandbox.user.PortalUser;

/**
 * {@code GET /dashboard}: needs {@link Right#VIEW_ACCOUNT_OVERVIEW}. Each count is within the
 * user's scope, and 0 when the user lacks the right to see what it counts, so that a count
 * never tells more than the list behind it would.
 */
@RestController
@RequestMapping("/api/v1/dashboard")
class DashboardController {

    private final AccountScopes scopes;
    private final ServiceCounts services;
    private final OrderBook orders;
    private final TicketCounts tickets;
    private final InvoiceCounts invoices;

    DashboardController(AccountScopes scopes, ServiceCounts services, OrderBook orders, TicketCounts tickets, InvoiceCounts invoices) {
        this.scopes = scopes;
        this.services = services;
        this.orders = orders;
        this.tickets = tickets;
        this.invoices = invoices;
    }

    @GetMapping
    Dashboard dashboard(PortalUser user) {
        user.require(Right.VIEW_ACCOUNT_OVERVIEW);
        AccountRange range = scopes.all(user);
        return new Dashboard(
                count(user, Right.VIEW_SERVICES, range, services::active),
                count(user, Right.VIEW_SERVICES, range, orders::countOngoing),
                count(user, Right.HANDLE_TICKETS, range, tickets::ongoing),
                count(user, Right.VIEW_INVOICES, range, invoices::unpaid));
    }

    private static int count(PortalUser user, Right right, AccountRange range, ToLongFunction<AccountRange> counter) {
        return user.has(right) ? Math.toIntExact(counter.applyAsLong(range)) : 0;
    }
}
