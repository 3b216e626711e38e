package se.connectbot.sandbox.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketCategory;
import se.connectbot.portal.api.TicketStatus;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.AccountScopes;
import se.connectbot.sandbox.idempotency.Idempotent;
import se.connectbot.sandbox.idempotency.IdempotentWrites;
import se.connectbot.sandbox.user.PortalUser;
import se.connectbot.sandbox.web.ConflictException;
import se.connectbot.sandbox.web.InvalidInputException;
import se.connectbot.sandbox.web.NotFoundException;

/**
 * Files tickets and customers' replies, each at most once per Idempotency-Key. A ticket's
 * number is {@code ARD-<year>-<six digits>}. Thread-safe.
 */
@Component
class TicketDesk {

    private final TicketRepository tickets;
    private final AccountScopes scopes;
    private final IdempotentWrites idempotent;
    private final Clock clock;

    TicketDesk(TicketRepository tickets, AccountScopes scopes, IdempotentWrites idempotent, Clock clock) {
        this.tickets = tickets;
        this.scopes = scopes;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    /** @throws InvalidInputException for a priority that does not fit the category */
    Idempotent<Ticket> create(PortalUser user, TicketBodies.NewTicketBody body, String idempotencyKey) {
        TicketCategory category = Objects.requireNonNull(body.category());
        checkPriority(category, body);
        String request = IdempotentWrites.describe("ticket", category, body.title(), body.message(), body.priority(),
                body.serviceId(), body.accountId());
        return idempotent.once(IdempotentWrites.caller(user), idempotencyKey, request,
                () -> file(user, category, body),
                // a repeat may find its ticket outside the caller's scope by now: 404, as for any ticket beyond it
                id -> tickets.find(scopes.all(user), id).orElseThrow(() -> new NotFoundException("Ticket", id)));
    }

    Idempotent<Ticket.Message> reply(PortalUser user, String ticketId, String message, String idempotencyKey) {
        return idempotent.once(IdempotentWrites.caller(user), idempotencyKey, IdempotentWrites.describe("reply", ticketId, message),
                () -> addReply(user, ticketId, message),
                // the reply is only shown again while its ticket is still within the caller's scope
                id -> tickets.find(scopes.all(user), ticketId).flatMap(ticket -> tickets.message(id))
                        .orElseThrow(() -> new NotFoundException("Ticket", ticketId)));
    }

    private static void checkPriority(TicketCategory category, TicketBodies.NewTicketBody body) {
        if (category.takesPriority() && body.priority() == null) {
            throw InvalidInputException.of("priority", "is required for SUPPORT tickets");
        }
        if (!category.takesPriority() && body.priority() != null) {
            throw InvalidInputException.of("priority", "must be left out for " + category
                    + " tickets; only SUPPORT tickets take a priority, but was '" + body.priority() + "'");
        }
    }

    private String file(PortalUser user, TicketCategory category, TicketBodies.NewTicketBody body) {
        String accountId = account(user, body.serviceId(), body.accountId());
        long[] ids = tickets.nextTicketIds();
        String id = "tkt-" + ids[0];
        String number = String.format(Locale.ROOT, "ARD-%d-%06d", LocalDate.now(clock).getYear(), ids[1]);
        Instant now = clock.instant();
        tickets.insertTicket(id, number, category, body.priority(), Objects.requireNonNull(body.title()).trim(),
                accountId, body.serviceId(), now, user.name());
        tickets.insertMessage(tickets.nextMessageId(), id, user.name(), false, Objects.requireNonNull(body.message()), now);
        return id;
    }

    /** The account to file on: the one given, else the service's, else the user's scope account. */
    private String account(PortalUser user, @Nullable String serviceId, @Nullable String accountId) {
        AccountRange scope = scopes.all(user);
        String accountPath = null;
        if (accountId != null) {
            try {
                accountPath = scopes.pathInScope(user, accountId);
            } catch (NotFoundException outsideScope) {
                throw InvalidInputException.of("accountId", "no account '" + accountId + "' among the user's accounts");
            }
        }
        if (serviceId == null) {
            return accountId != null ? accountId : user.scopeAccountId();
        }
        TicketRepository.ServiceAccount service = tickets.serviceAccount(scope, serviceId).orElseThrow(() ->
                InvalidInputException.of("serviceId", "no service '" + serviceId + "' among the user's services"));
        if (accountPath != null && !service.accountPath().startsWith(accountPath)) {
            throw InvalidInputException.of("serviceId", "service '" + serviceId + "' is not on account '" + accountId + "'");
        }
        return accountId != null ? accountId : service.accountId();
    }

    private String addReply(PortalUser user, String ticketId, String message) {
        Ticket ticket = tickets.find(scopes.all(user), ticketId).orElseThrow(() -> new NotFoundException("Ticket", ticketId));
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new ConflictException("Ticket " + ticket.number() + " is closed; file a new ticket instead");
        }
        String id = tickets.nextMessageId();
        Instant now = clock.instant();
        tickets.insertMessage(id, ticketId, user.name(), false, message, now);
        tickets.customerReplied(ticketId, now);
        return id;
    }
}
