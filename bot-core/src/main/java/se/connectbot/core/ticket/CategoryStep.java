package se.connectbot.core.ticket;

import java.util.Arrays;
import se.connectbot.core.dialog.Answer;
import se.connectbot.core.dialog.Prompt;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.dialog.StepResult;
import se.connectbot.core.dialog.Turn;
import se.connectbot.portal.api.TicketCategory;

/** What the ticket is about (ärendet avser). */
final class CategoryStep implements Step<TicketState> {

    @Override
    public String id() {
        return "category";
    }

    @Override
    public boolean answered(TicketState state) {
        return state.category() != null;
    }

    @Override
    public Prompt prompt(Turn turn, TicketState state) {
        return Prompt.choose(turn.text("ticket.category.which"), Arrays.stream(TicketCategory.values())
                .map(c -> Prompt.Option.of(turn.text("ticket.category." + c.name()), c.name()))
                .toList());
    }

    @Override
    public StepResult<TicketState> accept(Turn turn, TicketState state, Answer answer) {
        return TicketWords.category(answer.value(), turn.request().messages())
                .map(c -> StepResult.next(state.withCategory(c)))
                .orElseGet(() -> StepResult.invalid(turn.text("ticket.category.unknown", answer.value())));
    }

    @Override
    public TicketState clear(TicketState state) {
        return state.withCategory(null);
    }
}
