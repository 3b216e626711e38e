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
import se.connectbot.core.rights.Capability;
import se.connectbot.core.status.ServiceFinder;
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
        List<Prompt.Option> options = new ArrayList<>();
        String text = turn.text("ticket.service.which");
        if (state.serviceSearch() != null
                && ServiceFinder.find(turn.request().portal(), state.serviceSearch(), null) instanceof ServiceFinder.Matches m) {
            text = turn.text("ticket.service.matches", m.total(), state.serviceSearch());
            m.services().forEach(s -> options.add(Prompt.Option.of(ServiceFinder.label(s), s.id())));
        }
        options.add(Prompt.Option.of(turn.text("ticket.service.skip"), SKIP));
        return Prompt.choose(text, options);
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
        return switch (ServiceFinder.find(turn.request().portal(), answer.value(), null)) {
            case ServiceFinder.InvalidPhone(String phone) -> StepResult.invalid(turn.text("phone.invalid", phone));
            case ServiceFinder.Matches matches -> found(turn, state, matches, answer.value());
        };
    }

    private static StepResult<TicketState> found(Turn turn, TicketState state, ServiceFinder.Matches matches, String typed) {
        if (matches.services().isEmpty()) {
            return StepResult.invalid(turn.text("ticket.service.none", typed));
        }
        return StepResult.next(matches.single()
                .map(s -> state.withService(s.id(), ServiceFinder.label(s)))
                .orElseGet(() -> state.withServiceSearch(typed)));
    }

    @Override
    public TicketState clear(TicketState state) {
        return state.withoutService();
    }
}
