package se.connectbot.core.ticket;

import java.util.List;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.dialog.DialogDefinition;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/** A reply to a ticket, asked for after {@code reply <number>} without a text. */
@Component
class ReplyDialog implements DialogDefinition<ReplyState> {

    private final List<Step<ReplyState>> steps;

    ReplyDialog(TicketReplies replies) {
        this.steps = List.of(new ReplyMessageStep(replies));
    }

    @Override
    public String type() {
        return "ticket-reply";
    }

    @Override
    public String command() {
        return "reply";
    }

    @Override
    public Class<ReplyState> stateType() {
        return ReplyState.class;
    }

    @Override
    public List<Step<ReplyState>> steps() {
        return steps;
    }

    @Override
    public ReplyState initialState() {
        throw new UnsupportedOperationException("a reply always starts from a ticket");
    }

    @Override
    public Reply completed(CommandRequest request, ReplyState state) {
        return Reply.of(new Block.Text(request.text("reply.sent", state.ticketNumber()), Block.Tone.SUCCESS),
                new Block.Choices(null, List.of(CommandButtons.run(request.text("ticket.button.open"), "tickets " + state.ticketId())),
                        Block.ChoiceStyle.BUTTONS));
    }
}
