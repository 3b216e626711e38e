package se.connectbot.core.ticket;

import org.springframework.stereotype.Component;
import se.connectbot.core.audit.AuditAction;
import se.connectbot.core.audit.AuditEntry;
import se.connectbot.core.audit.AuditLog;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketReply;

/** Sends a reply to a ticket and audits it, whether typed in one command or through the reply dialog. */
@Component
class TicketReplies {

    private final AuditLog audit;

    TicketReplies(AuditLog audit) {
        this.audit = audit;
    }

    Ticket.Message send(CommandRequest request, String ticketId, String ticketNumber, TicketReply reply, String idempotencyKey) {
        try {
            Ticket.Message message = request.portal().replyToTicket(ticketId, reply, idempotencyKey);
            record(request, AuditEntry.Outcome.SUCCEEDED, ticketNumber);
            return message;
        } catch (PortalException e) {
            record(request, AuditEntry.Outcome.FAILED, ticketNumber);
            throw e;
        }
    }

    private void record(CommandRequest request, AuditEntry.Outcome outcome, String ticketNumber) {
        audit.record(new AuditEntry(request.user(), request.conversation().channelId(), request.portalUsername(),
                AuditAction.TICKET_REPLY, outcome, ticketNumber, null));
    }
}
