package se.connectbot.core.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.connectbot.core.dialog.Answer;
import se.connectbot.core.dialog.Prompt;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.dialog.StepResult;
import se.connectbot.core.dialog.Turn;
import se.connectbot.core.reply.Block;
import se.connectbot.core.rights.Capability;
import se.connectbot.core.status.ServiceFinder;
import se.connectbot.core.status.ServicePicker;
import se.connectbot.portal.api.ServiceSummary;

/**
 * Which service the ticket is about: optional, searchable by number, address or name, or
 * skipped. Users who may not see services skip it without being asked.
 */
final class ServiceStep implements Step<TicketState> {

    static final String SKIP = "~skip";
    private static final Set<String> SKIP_WORDS = Set.of("skip", "hoppa over", "ingen", "none", "nej", "no", "-", "inget");

    @Override
    public String id() {
        return "service";
    }

    @Override
    public boolean answered(TicketState state) {
        return state.serviceDecided();
    }

    @Override
    public Optional<TicketState> autoAnswer(Turn turn, TicketState state) {
        return turn.request().may(Capability.VIEW_SERVICES) ? Optional.empty() : Optional.of(state.withService(null, null));
    }

    @Override
    public Prompt prompt(Turn turn, TicketState state) {
        List<ServiceSummary> offered = offered(turn, state);
        List<Prompt.Option> options = new ArrayList<>();
        offered.forEach(s -> options.add(Prompt.Option.of(ServiceFinder.label(s), s.id())));
        options.add(Prompt.Option.of(turn.text("ticket.service.skip"), SKIP));
        if (offered.isEmpty()) {
            return Prompt.choose(turn.text("ticket.service.which"), options);
        }
        long total = ServiceFinder.find(turn.request().portal(), search(state), null) instanceof ServiceFinder.Matches m ? m.total() : 0;
        return Prompt.choose(turn.text("ticket.service.matches", total, search(state)), options)
                .withDetails(List.of(Block.text(turn.text("picker.hint", offered.size()))));
    }

    @Override
    public StepResult<TicketState> accept(Turn turn, TicketState state, Answer answer) {
        if (answer.value().equals(SKIP) || SKIP_WORDS.contains(answer.folded())) {
            return StepResult.next(state.withService(null, null));
        }
        if (answer.picked()) {
            ServiceSummary s = turn.request().portal().service(answer.value()).summary();
            return StepResult.next(state.withService(s.id(), ServiceFinder.label(s)));
        }
        return switch (ServicePicker.pick(turn.request().portal(), offered(turn, state), answer.value(), null)) {
            case ServicePicker.One(ServiceSummary s) -> StepResult.next(state.withService(s.id(), ServiceFinder.label(s)));
            case ServicePicker.Several(String search) -> StepResult.next(state.withServiceSearch(search));
            case ServicePicker.None(String typed) -> StepResult.invalid(turn.text("ticket.service.none", typed));
            case ServicePicker.InvalidPhone(String phone) -> StepResult.invalid(turn.text("phone.invalid", phone));
        };
    }

    /** The services the prompt lists, in its order: a search's matches; none before a search. */
    private static List<ServiceSummary> offered(Turn turn, TicketState state) {
        String search = state.serviceSearch();
        return search != null && ServiceFinder.find(turn.request().portal(), search, null) instanceof ServiceFinder.Matches m
                ? m.services() : List.of();
    }

    private static String search(TicketState state) {
        return state.serviceSearch() == null ? "" : state.serviceSearch();
    }

    @Override
    public TicketState clear(TicketState state) {
        return state.withoutService();
    }
}
