package se.connectbot.core.ticket;

import se.connectbot.core.dialog.Answer;
import se.connectbot.core.dialog.Prompt;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.dialog.StepResult;
import se.connectbot.core.dialog.Turn;
import se.connectbot.portal.api.TicketReply;

/** The reply's text; answering sends it (the dialog's id is the Idempotency-Key). */
final class ReplyMessageStep implements Step<ReplyState> {

    private final TicketReplies replies;

    ReplyMessageStep(TicketReplies replies) {
        this.replies = replies;
    }

    @Override
    public String id() {
        return "message";
    }

    @Override
    public boolean freeText() {
        return true;
    }

    @Override
    public boolean answered(ReplyState state) {
        return state.sentMessageId() != null;
    }

    @Override
    public Prompt prompt(Turn turn, ReplyState state) {
        return Prompt.ask(turn.text("reply.write", state.ticketNumber()));
    }

    @Override
    public StepResult<ReplyState> accept(Turn turn, ReplyState state, Answer answer) {
        return TextLimits.message(answer.value(), turn.request().messages())
                .<StepResult<ReplyState>>map(StepResult::invalid)
                .orElseGet(() -> StepResult.done(state.sent(
                        replies.send(turn.request(), state.ticketId(), state.ticketNumber(), new TicketReply(answer.value()),
                                turn.idempotencyKey()).id())));
    }

    @Override
    public ReplyState clear(ReplyState state) {
        return state;
    }
}
