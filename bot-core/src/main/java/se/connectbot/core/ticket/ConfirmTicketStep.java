package se.connectbot.core.ticket;

import java.util.List;
import se.connectbot.core.audit.AuditAction;
import se.connectbot.core.audit.AuditEntry;
import se.connectbot.core.audit.AuditLog;
import se.connectbot.core.dialog.Answer;
import se.connectbot.core.dialog.Confirmations;
import se.connectbot.core.dialog.Prompt;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.dialog.StepResult;
import se.connectbot.core.dialog.Turn;
import se.connectbot.portal.api.NewTicket;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.Ticket;

/** The summary and the confirm button; confirming creates the ticket with the dialog's id as Idempotency-Key. */
final class ConfirmTicketStep implements Step<TicketState> {

    private final AuditLog audit;

    ConfirmTicketStep(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String id() {
        return "confirm";
    }

    @Override
    public boolean confirmation() {
        return true;
    }

    @Override
    public boolean answered(TicketState state) {
        return state.ticketNumber() != null;
    }

    @Override
    public Prompt prompt(Turn turn, TicketState state) {
        return new Prompt(turn.text("ticket.confirm.question"), List.of(TicketView.summary(turn.request(), state)),
                List.of(Prompt.Option.primary(turn.text("ticket.button.create"), Confirmations.CONFIRM)));
    }

    @Override
    public StepResult<TicketState> accept(Turn turn, TicketState state, Answer answer) {
        if (!Confirmations.confirms(answer)) {
            return StepResult.invalid(turn.text("dialog.confirm.hint"));
        }
        NewTicket ticket = new NewTicket(state.category(), state.title(), state.message(), state.effectivePriority(),
                state.serviceId(), null);
        try {
            Ticket created = turn.request().portal().createTicket(ticket, turn.idempotencyKey());
            audit(turn, AuditEntry.Outcome.SUCCEEDED, created.number(), state);
            return StepResult.done(state.withTicket(created));
        } catch (PortalException e) {
            audit(turn, AuditEntry.Outcome.FAILED, state.serviceId(), state);
            throw e;
        }
    }

    private void audit(Turn turn, AuditEntry.Outcome outcome, String subject, TicketState state) {
        audit.record(new AuditEntry(turn.request().user(), turn.request().conversation().channelId(), turn.request().portalUsername(),
                AuditAction.TICKET_CREATED, outcome, subject, "category " + state.category() + " (dialog " + turn.dialogId() + ")"));
    }

    @Override
    public TicketState clear(TicketState state) {
        return state;
    }
}
