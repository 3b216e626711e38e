package se.connectbot.core.topup;

import java.util.List;
import org.springframework.stereotype.Component;
import se.connectbot.core.audit.AuditLog;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.dialog.ConfirmStep;
import se.connectbot.core.dialog.DialogDefinition;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/** The top-up dialog: subscription → package → confirm. */
@Component
class TopUpDialog implements DialogDefinition<TopUpState> {

    static final String TYPE = "topup";

    private final List<Step<TopUpState>> steps;

    TopUpDialog(AuditLog audit) {
        this.steps = List.of(new SubscriptionStep(), new PackageStep(), new ConfirmStep<>(audit, new TopUpOrder()));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String command() {
        return "topup";
    }

    @Override
    public Class<TopUpState> stateType() {
        return TopUpState.class;
    }

    @Override
    public List<Step<TopUpState>> steps() {
        return steps;
    }

    @Override
    public TopUpState initialState() {
        return TopUpState.EMPTY;
    }

    @Override
    public Reply completed(CommandRequest request, TopUpState state) {
        return Reply.of(
                new Block.Text(request.text("topup.done", state.orderNumber()), Block.Tone.SUCCESS),
                new Block.Fields(TopUpView.result(request, state)),
                Block.text(request.text("topup.done.hint")));
    }
}
