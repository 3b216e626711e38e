package se.connectbot.core.ticket;

import se.connectbot.core.dialog.Answer;
import se.connectbot.core.dialog.Prompt;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.dialog.StepResult;
import se.connectbot.core.dialog.Turn;

/** The title (rubrik). */
final class TitleStep implements Step<TicketState> {

    @Override
    public String id() {
        return "title";
    }

    @Override
    public boolean freeText() {
        return true;
    }

    @Override
    public boolean answered(TicketState state) {
        return state.title() != null;
    }

    @Override
    public Prompt prompt(Turn turn, TicketState state) {
        return Prompt.ask(turn.text("ticket.title.which", TextLimits.TITLE_MAX));
    }

    @Override
    public StepResult<TicketState> accept(Turn turn, TicketState state, Answer answer) {
        return TextLimits.title(answer.value(), turn.request().messages())
                .<StepResult<TicketState>>map(StepResult::invalid)
                .orElseGet(() -> StepResult.next(state.withTitle(answer.value().strip())));
    }

    @Override
    public TicketState clear(TicketState state) {
        return state.withTitle(null);
    }
}
