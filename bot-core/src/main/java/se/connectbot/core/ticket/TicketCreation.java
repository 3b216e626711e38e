package se.connectbot.core.ticket;

import org.jspecify.annotations.Nullable;
import se.connectbot.core.audit.AuditAction;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.dialog.ConfirmStep;
import se.connectbot.core.dialog.Turn;
import se.connectbot.core.reply.Block;
import se.connectbot.portal.api.NewTicket;

/** What the ticket's confirmation writes: the new ticket. */
final class TicketCreation implements ConfirmStep.Write<TicketState> {

    @Override
    public String question(CommandRequest request) {
        return request.text("ticket.confirm.question");
    }

    @Override
    public String button(CommandRequest request) {
        return request.text("ticket.button.create");
    }

    @Override
    public Block summary(CommandRequest request, TicketState state) {
        return TicketView.summary(request, state);
    }

    @Override
    public boolean written(TicketState state) {
        return state.ticketNumber() != null;
    }

    @Override
    public TicketState write(Turn turn, TicketState state) {
        NewTicket ticket = new NewTicket(state.category(), state.title(), state.message(), state.effectivePriority(),
                state.serviceId(), null);
        return state.withTicket(turn.request().portal().createTicket(ticket, turn.idempotencyKey()));
    }

    @Override
    public AuditAction action() {
        return AuditAction.TICKET_CREATED;
    }

    @Override
    public @Nullable String subject(TicketState state) {
        return written(state) ? state.ticketNumber() : state.serviceId();
    }

    @Override
    public String detail(TicketState state) {
        return "category " + state.category();
    }
}
