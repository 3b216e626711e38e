package se.connectbot.core.ticket;

import java.util.Arrays;
import se.connectbot.core.dialog.Answer;
import se.connectbot.core.dialog.Prompt;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.dialog.StepResult;
import se.connectbot.core.dialog.Turn;
import se.connectbot.portal.api.TicketPriority;

/** The priority, asked for support tickets only. */
final class PriorityStep implements Step<TicketState> {

    @Override
    public String id() {
        return "priority";
    }

    @Override
    public boolean applies(TicketState state) {
        return state.category() != null && state.category().takesPriority();
    }

    @Override
    public boolean answered(TicketState state) {
        return state.priority() != null;
    }

    @Override
    public Prompt prompt(Turn turn, TicketState state) {
        return Prompt.choose(turn.text("ticket.priority.which"), Arrays.stream(TicketPriority.values())
                .map(p -> Prompt.Option.of(turn.text("ticket.priority." + p.name()), p.name()))
                .toList());
    }

    @Override
    public StepResult<TicketState> accept(Turn turn, TicketState state, Answer answer) {
        return TicketWords.priority(answer.value(), turn.request().messages())
                .map(p -> StepResult.next(state.withPriority(p)))
                .orElseGet(() -> StepResult.invalid(turn.text("ticket.priority.unknown", answer.value())));
    }

    @Override
    public TicketState clear(TicketState state) {
        return state.withPriority(null);
    }
}
