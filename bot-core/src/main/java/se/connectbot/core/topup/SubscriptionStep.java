package se.connectbot.core.topup;

import java.util.List;
import java.util.Optional;
import se.connectbot.core.dialog.Answer;
import se.connectbot.core.dialog.Prompt;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.dialog.StepResult;
import se.connectbot.core.dialog.Turn;
import se.connectbot.core.reply.Block;
import se.connectbot.core.status.ServiceFinder;
import se.connectbot.core.status.ServicePicker;
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
        List<ServiceSummary> offered = offered(turn, state);
        if (offered.isEmpty()) {
            return Prompt.ask(turn.text("topup.subscription.no.mobiles"));
        }
        return Prompt.choose(question(turn, state), options(offered))
                .withDetails(List.of(Block.text(turn.text("picker.hint", offered.size()))));
    }

    private static String question(Turn turn, TopUpState state) {
        if (state.search() != null) {
            return turn.text("topup.subscription.matches", matches(turn, state.search()).total(), state.search());
        }
        long total = ServiceFinder.list(turn.request().portal(), ServiceKind.MOBILE, ServiceFinder.MAX_MATCHES).totalItems();
        return total > ServiceFinder.MAX_MATCHES ? turn.text("topup.subscription.which.many", total) : turn.text("topup.subscription.which");
    }

    /** The subscriptions the prompt lists, in its order: the search's matches, or all of them. */
    private static List<ServiceSummary> offered(Turn turn, TopUpState state) {
        if (state.search() != null) {
            return matches(turn, state.search()).services();
        }
        return ServiceFinder.list(turn.request().portal(), ServiceKind.MOBILE, ServiceFinder.MAX_MATCHES).items();
    }

    private static ServiceFinder.Matches matches(Turn turn, String search) {
        return ServiceFinder.find(turn.request().portal(), search, ServiceKind.MOBILE) instanceof ServiceFinder.Matches m
                ? m : new ServiceFinder.Matches(List.of(), 0);
    }

    @Override
    public StepResult<TopUpState> accept(Turn turn, TopUpState state, Answer answer) {
        if (answer.picked()) {
            return mobile(turn, state, turn.request().portal().service(answer.value()).summary());
        }
        return switch (ServicePicker.pick(turn.request().portal(), offered(turn, state), answer.value(), ServiceKind.MOBILE)) {
            case ServicePicker.One(ServiceSummary service) -> mobile(turn, state, service);
            case ServicePicker.Several(String search) -> StepResult.next(state.withSearch(search));
            case ServicePicker.None(String typed) -> StepResult.invalid(turn.text("topup.subscription.none", typed));
            case ServicePicker.InvalidPhone(String phone) -> StepResult.invalid(turn.text("phone.invalid", phone));
        };
    }

    private static StepResult<TopUpState> mobile(Turn turn, TopUpState state, ServiceSummary service) {
        return service.kind() == ServiceKind.MOBILE ? StepResult.next(state.withService(service))
                : StepResult.invalid(turn.text("topup.subscription.not.mobile", ServiceFinder.label(service)));
    }

    @Override
    public TopUpState clear(TopUpState state) {
        return state.withoutService();
    }

    private static List<Prompt.Option> options(List<ServiceSummary> services) {
        return services.stream().map(s -> Prompt.Option.of(ServiceFinder.label(s), s.id())).toList();
    }
}
