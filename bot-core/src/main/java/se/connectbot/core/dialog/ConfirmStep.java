package se.connectbot.core.dialog;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.audit.AuditAction;
import se.connectbot.core.audit.AuditEntry;
import se.connectbot.core.audit.AuditLog;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;
import se.connectbot.portal.api.PortalException;

/**
 * The last step of a dialog that writes to the portal: shows the summary with one confirm
 * button; confirming makes the write with the dialog's id as Idempotency-Key and audits the
 * outcome. The runner marks the dialog SUBMITTING around the write and may repeat it with the
 * same state, so {@link Write#write} must depend on the state alone. Stateless and thread-safe.
 */
public final class ConfirmStep<S> implements Step<S> {

    private final AuditLog audit;
    private final Write<S> write;

    public ConfirmStep(AuditLog audit, Write<S> write) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.write = Objects.requireNonNull(write, "write");
    }

    /** What one dialog confirms and writes: a top-up order, a ticket. */
    public interface Write<S> {

        /** The confirmation's question, in the user's language. */
        String question(CommandRequest request);

        /** The confirm button's label. */
        String button(CommandRequest request);

        Block summary(CommandRequest request, S state);

        /** Whether the state holds the write's result. */
        boolean written(S state);

        /** Makes the write with {@link Turn#idempotencyKey()}; the state with its result. */
        S write(Turn turn, S state);

        AuditAction action();

        /** What the audit names: the result's number once written, else what the write was about. */
        @Nullable String subject(S state);

        /** A short audit description, without secrets or personal texts. */
        String detail(S state);
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
    public boolean answered(S state) {
        return write.written(state);
    }

    @Override
    public Prompt prompt(Turn turn, S state) {
        CommandRequest request = turn.request();
        return new Prompt(write.question(request), List.of(write.summary(request, state)),
                List.of(Prompt.Option.primary(write.button(request), Confirmations.CONFIRM)));
    }

    @Override
    public StepResult<S> accept(Turn turn, S state, Answer answer) {
        if (!Confirmations.confirms(answer)) {
            return StepResult.invalid(turn.text("dialog.confirm.hint"));
        }
        try {
            S written = write.write(turn, state);
            audit(turn, AuditEntry.Outcome.SUCCEEDED, written);
            return StepResult.done(written);
        } catch (PortalException e) {
            audit(turn, AuditEntry.Outcome.FAILED, state);
            throw e;
        }
    }

    private void audit(Turn turn, AuditEntry.Outcome outcome, S state) {
        CommandRequest request = turn.request();
        audit.record(new AuditEntry(request.user(), request.conversation().channelId(), request.portalUsername(),
                write.action(), outcome, write.subject(state), write.detail(state) + " (dialog " + turn.dialogId() + ")"));
    }

    @Override
    public S clear(S state) {
        return state;
    }
}
