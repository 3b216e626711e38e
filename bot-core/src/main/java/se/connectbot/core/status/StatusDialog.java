package se.connectbot.core.status;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.dialog.DialogDefinition;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.reply.Reply;

/**
 * The status picker as a one-step dialog, so that a typed answer to the list ("2", a name, a
 * phone number) is read against the list shown, as in the top-up and ticket pickers. It writes
 * nothing: the pick ends it and its result is the service's status, read afresh.
 */
@Component
class StatusDialog implements DialogDefinition<StatusPick> {

    static final String TYPE = "status";

    private final List<Step<StatusPick>> steps = List.of(new PickStep());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Class<StatusPick> stateType() {
        return StatusPick.class;
    }

    @Override
    public String command() {
        return "status";
    }

    @Override
    public List<Step<StatusPick>> steps() {
        return steps;
    }

    @Override
    public StatusPick initialState() {
        return StatusPick.ALL;
    }

    @Override
    public Reply completed(CommandRequest request, StatusPick state) {
        String id = Objects.requireNonNull(state.serviceId(), "a status pick ends with a service");
        return ServiceView.of(request, request.portal().service(id));
    }
}
