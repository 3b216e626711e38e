package se.connectbot.core.topup;

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
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.TopUpRequest;

/**
 * The summary with its price and the confirm button; confirming orders the top-up with the
 * dialog's id as Idempotency-Key, so a retry can never order twice, and audits the outcome.
 */
final class ConfirmTopUpStep implements Step<TopUpState> {

    private final AuditLog audit;

    ConfirmTopUpStep(AuditLog audit) {
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
    public boolean answered(TopUpState state) {
        return state.orderNumber() != null;
    }

    @Override
    public Prompt prompt(Turn turn, TopUpState state) {
        return new Prompt(turn.text("topup.confirm.question"),
                List.of(TopUpView.summary(turn.request(), state)),
                List.of(Prompt.Option.primary(turn.text("topup.button.order"), Confirmations.CONFIRM)));
    }

    @Override
    public StepResult<TopUpState> accept(Turn turn, TopUpState state, Answer answer) {
        if (!Confirmations.confirms(answer)) {
            return StepResult.invalid(turn.text("dialog.confirm.hint"));
        }
        try {
            Order order = turn.request().portal().orderTopUp(state.serviceId(), new TopUpRequest(state.packageId()), turn.idempotencyKey());
            audit(turn, AuditEntry.Outcome.SUCCEEDED, order.number(), state);
            return StepResult.done(state.withOrder(order));
        } catch (PortalException e) {
            audit(turn, AuditEntry.Outcome.FAILED, state.serviceId(), state);
            throw e;
        }
    }

    private void audit(Turn turn, AuditEntry.Outcome outcome, String subject, TopUpState state) {
        audit.record(new AuditEntry(turn.request().user(), turn.request().conversation().channelId(), turn.request().portalUsername(),
                AuditAction.TOP_UP, outcome, subject, "package " + state.packageId() + " for service " + state.serviceId()
                        + " (dialog " + turn.dialogId() + ")"));
    }

    @Override
    public TopUpState clear(TopUpState state) {
        return state;
    }
}
