package se.connectbot.core.topup;

import java.util.List;
import java.util.Optional;
import se.connectbot.core.dialog.Answer;
import se.connectbot.core.dialog.Prompt;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.dialog.StepResult;
import se.connectbot.core.dialog.Turn;
import se.connectbot.core.status.ServiceFinder;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceSummary;

/** Which mobile subscription: the only one there is, a pick, or a search by number or name. */
final class SubscriptionStep implements Step<TopUpState> {

    @Override
    public String id() {
        return "subscription";
    }

    @Override
    public boolean answered(TopUpState state) {
        return state.serviceId() != null;
    }

    @Override
    public Optional<TopUpState> autoAnswer(Turn turn, TopUpState state) {
        if (state.search() != null) {
            return Optional.empty();
        }
        Page<ServiceSummary> mobiles = ServiceFinder.list(turn.request().portal(), ServiceKind.MOBILE, 2);
        return mobiles.totalItems() == 1 ? Optional.of(state.withService(mobiles.items().get(0))) : Optional.empty();
    }

    @Override
    public Prompt prompt(Turn turn, TopUpState state) {
        if (state.search() != null
                && ServiceFinder.find(turn.request().portal(), state.search(), ServiceKind.MOBILE) instanceof ServiceFinder.Matches m) {
            return Prompt.choose(turn.text("topup.subscription.matches", m.total(), state.search()), options(m.services()));
        }
        Page<ServiceSummary> mobiles = ServiceFinder.list(turn.request().portal(), ServiceKind.MOBILE, ServiceFinder.MAX_MATCHES);
        if (mobiles.items().isEmpty()) {
            return Prompt.ask(turn.text("topup.subscription.no.mobiles"));
        }
        String text = mobiles.totalItems() > mobiles.items().size()
                ? turn.text("topup.subscription.which.many", mobiles.totalItems())
                : turn.text("topup.subscription.which");
        return Prompt.choose(text, options(mobiles.items()));
    }

    @Override
    public StepResult<TopUpState> accept(Turn turn, TopUpState state, Answer answer) {
        if (answer.picked()) {
            ServiceSummary service = turn.request().portal().service(answer.value()).summary();
            return service.kind() == ServiceKind.MOBILE ? StepResult.next(state.withService(service))
                    : StepResult.invalid(turn.text("topup.subscription.not.mobile", ServiceFinder.label(service)));
        }
        return switch (ServiceFinder.find(turn.request().portal(), answer.value(), ServiceKind.MOBILE)) {
            case ServiceFinder.InvalidPhone(String phone) -> StepResult.invalid(turn.text("phone.invalid", phone));
            case ServiceFinder.Matches matches -> found(turn, state, matches, answer.value());
        };
    }

    private static StepResult<TopUpState> found(Turn turn, TopUpState state, ServiceFinder.Matches matches, String typed) {
        if (matches.services().isEmpty()) {
            return StepResult.invalid(turn.text("topup.subscription.none", typed));
        }
        return StepResult.next(matches.single().map(state::withService).orElseGet(() -> state.withSearch(typed)));
    }

    @Override
    public TopUpState clear(TopUpState state) {
        return state.withoutService();
    }

    private static List<Prompt.Option> options(List<ServiceSummary> services) {
        return services.stream().map(s -> Prompt.Option.of(ServiceFinder.label(s), s.id())).toList();
    }
}
