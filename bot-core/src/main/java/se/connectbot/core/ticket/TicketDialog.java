package se.connectbot.core.ticket;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.connectbot.core.audit.AuditLog;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.dialog.ConfirmStep;
import se.connectbot.core.dialog.DialogDefinition;
import se.connectbot.core.dialog.DialogForm;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/** The new-ticket dialog: category → service → priority (support) → title → message → confirm; also one form. */
@Component
class TicketDialog implements DialogDefinition<TicketState> {

    static final String TYPE = "ticket";

    private final List<Step<TicketState>> steps;
    private final TicketForm form = new TicketForm();

    TicketDialog(AuditLog audit) {
        this.steps = List.of(new CategoryStep(), new ServiceStep(), new PriorityStep(), new TitleStep(), new MessageStep(),
                new ConfirmStep<>(audit, new TicketCreation()));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String command() {
        return "ticket";
    }

    @Override
    public Class<TicketState> stateType() {
        return TicketState.class;
    }

    @Override
    public List<Step<TicketState>> steps() {
        return steps;
    }

    @Override
    public TicketState initialState() {
        return TicketState.EMPTY;
    }

    @Override
    public Optional<DialogForm<TicketState>> form() {
        return Optional.of(form);
    }

    @Override
    public Reply completed(CommandRequest request, TicketState state) {
        return Reply.of(
                new Block.Text(request.text("ticket.done", state.ticketNumber()), Block.Tone.SUCCESS),
                Block.text(request.text("ticket.done.hint")),
                new Block.Choices(null, List.of(CommandButtons.run(request.text("ticket.button.open"), "tickets " + state.ticketNumber())),
                        Block.ChoiceStyle.BUTTONS));
    }
}
