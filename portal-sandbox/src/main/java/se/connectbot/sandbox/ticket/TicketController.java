package se.connectbot.sandbox.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.Right;
import se.connectbot.portal.api.Ticket;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.AccountScopes;
import se.connectbot.sandbox.idempotency.Idempotent;
import se.connectbot.sandbox.user.PortalUser;
import se.connectbot.sandbox.web.ApiId;
import se.connectbot.sandbox.web.NotFoundException;
import se.connectbot.sandbox.web.Paging;

/**
 * Tickets: the list (last updated first), one ticket, filing one and replying; all need
 * {@link Right#HANDLE_TICKETS}. A first write answers 201, a repeat with the same
 * Idempotency-Key and body 200 with the same result.
 */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketController {

    private final TicketRepository tickets;
    private final TicketDesk desk;
    private final AccountScopes scopes;

    TicketController(TicketRepository tickets, TicketDesk desk, AccountScopes scopes) {
        this.tickets = tickets;
        this.desk = desk;
        this.scopes = scopes;
    }

    @GetMapping
    Page<Ticket> tickets(
            PortalUser user,
            @RequestParam(defaultValue = "false") boolean ongoing,
            @RequestParam(required = false) @ApiId @Nullable String accountId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        user.require(Right.HANDLE_TICKETS);
        AccountRange range = scopes.range(user, accountId == null || accountId.isBlank() ? null : accountId.trim(), true);
        Paging paging = new Paging(page, size);
        return paging.page(tickets.list(range, ongoing, paging), tickets.count(range, ongoing));
    }

    @GetMapping("/{ticketId}")
    Ticket ticket(PortalUser user, @PathVariable @ApiId String ticketId) {
        user.require(Right.HANDLE_TICKETS);
        return tickets.find(scopes.all(user), ticketId).orElseThrow(() -> new NotFoundException("Ticket", ticketId));
    }

    @PostMapping
    ResponseEntity<Ticket> create(
            PortalUser user,
            @RequestHeader("Idempotency-Key") @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7E]+") String idempotencyKey,
            @RequestBody @Valid TicketBodies.NewTicketBody body) {
        user.require(Right.HANDLE_TICKETS);
        Idempotent<Ticket> ticket = desk.create(user, body, idempotencyKey);
        return ResponseEntity.status(ticket.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/tickets/" + ticket.result().id()))
                .body(ticket.result());
    }

    @PostMapping("/{ticketId}/messages")
    ResponseEntity<Ticket.Message> reply(
            PortalUser user,
            @PathVariable @ApiId String ticketId,
            @RequestHeader("Idempotency-Key") @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7E]+") String idempotencyKey,
            @RequestBody @Valid TicketBodies.ReplyBody body) {
        user.require(Right.HANDLE_TICKETS);
        Idempotent<Ticket.Message> message = desk.reply(user, ticketId, Objects.requireNonNull(body.message()), idempotencyKey);
        return ResponseEntity.status(message.created() ? HttpStatus.CREATED : HttpStatus.OK).body(message.result());
    }
}
