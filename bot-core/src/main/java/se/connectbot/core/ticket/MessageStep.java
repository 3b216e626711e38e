package se.connectbot.core.ticket;

import se.connectbot.core.dialog.Answer;
import se.connectbot.core.dialog.Prompt;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.dialog.StepResult;
import se.connectbot.core.dialog.Turn;

/** The message (meddelande). */
final class MessageStep implements Step<TicketState> {

    @Override
    public String id() {
        return "message";
    }

    @Override
    public boolean freeText() {
        return true;
    }

    @Override
    public boolean answered(TicketState state) {
        return state.message() != null;
    }

    @Override
    public Prompt prompt(Turn turn, TicketState state) {
        return Prompt.ask(turn.text("ticket.message.which"));
    }

    @Override
    public StepResult<TicketState> accept(Turn turn, TicketState state, Answer answer) {
        return TextLimits.message(answer.value(), turn.request().messages())
                .<StepResult<TicketState>>map(StepResult::invalid)
                .orElseGet(() -> StepResult.next(state.withMessage(answer.value().strip())));
    }

    @Override
    public TicketState clear(TicketState state) {
        return state.withMessage(null);
    }
}
