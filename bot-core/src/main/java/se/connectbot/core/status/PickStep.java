package se.connectbot.core.status;

import java.util.ArrayList;
import java.util.List;
import se.connectbot.core.dialog.Answer;
import se.connectbot.core.dialog.Prompt;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.dialog.StepResult;
import se.connectbot.core.dialog.Turn;
import se.connectbot.core.reply.Block;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.ServiceSummary;

/**
 * Which service to show: a click, or a typed answer read as every picker reads it
 * ({@link ServicePicker}). A typed search that matches several narrows the list.
 */
final class PickStep implements Step<StatusPick> {

    @Override
    public String id() {
        return "service";
    }

    @Override
    public boolean answered(StatusPick state) {
        return state.serviceId() != null;
    }

    @Override
    public Prompt prompt(Turn turn, StatusPick state) {
        Listed listed = listed(turn, state);
        if (listed.services().isEmpty()) {
            return Prompt.ask(turn.text("status.no.services"));
        }
        List<Block> details = new ArrayList<>();
        details.add(Block.text(turn.text("picker.hint", listed.services().size())));
        if (state.search() == null && listed.total() > listed.services().size()) {
            details.add(Block.text(turn.text("status.search.hint", listed.total())));
        }
        return Prompt.choose(question(turn, state, listed), listed.services().stream()
                .map(s -> Prompt.Option.of(ServiceFinder.label(s), s.id())).toList()).withDetails(details);
    }

    private static String question(Turn turn, StatusPick state, Listed listed) {
        if (state.search() == null) {
            return turn.text("status.which");
        }
        return listed.total() > listed.services().size()
                ? turn.text("status.many.more", listed.total(), state.search(), listed.services().size())
                : turn.text("status.many", listed.total(), state.search());
    }

    @Override
    public StepResult<StatusPick> accept(Turn turn, StatusPick state, Answer answer) {
        if (answer.picked()) {
            return StepResult.done(state.withService(answer.value()));
        }
        return switch (ServicePicker.pick(turn.request().portal(), listed(turn, state).services(), answer.value(), null)) {
            case ServicePicker.One(ServiceSummary service) -> StepResult.done(state.withService(service.id()));
            case ServicePicker.Several(String search) -> StepResult.next(StatusPick.searching(search));
            case ServicePicker.None(String typed) -> StepResult.invalid(turn.text("status.none", typed));
            case ServicePicker.InvalidPhone(String phone) -> StepResult.invalid(turn.text("phone.invalid", phone));
        };
    }

    @Override
    public StatusPick clear(StatusPick state) {
        return StatusPick.ALL;
    }

    /** The services the prompt lists, in its order, and how many there are in all. */
    private static Listed listed(Turn turn, StatusPick state) {
        if (state.search() == null) {
            Page<ServiceSummary> page = ServiceFinder.list(turn.request().portal(), null, ServiceFinder.MAX_MATCHES);
            return new Listed(page.items(), page.totalItems());
        }
        return ServiceFinder.find(turn.request().portal(), state.search(), null) instanceof ServiceFinder.Matches m
                ? new Listed(m.services(), m.total()) : new Listed(List.of(), 0);
    }

    private record Listed(List<ServiceSummary> services, long total) {
    }
}
