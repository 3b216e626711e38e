package se.connectbot.core.topup;

import org.jspecify.annotations.Nullable;
import se.connectbot.core.audit.AuditAction;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.dialog.ConfirmStep;
import se.connectbot.core.dialog.Turn;
import se.connectbot.core.reply.Block;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.TopUpRequest;

/** What the top-up's confirmation writes: the order of the chosen package for the chosen subscription. */
final class TopUpOrder implements ConfirmStep.Write<TopUpState> {

    @Override
    public String question(CommandRequest request) {
        return request.text("topup.confirm.question");
    }

    @Override
    public String button(CommandRequest request) {
        return request.text("topup.button.order");
    }

    @Override
    public Block summary(CommandRequest request, TopUpState state) {
        return TopUpView.summary(request, state);
    }

    @Override
    public boolean written(TopUpState state) {
        return state.orderNumber() != null;
    }

    @Override
    public TopUpState write(Turn turn, TopUpState state) {
        Order order = turn.request().portal().orderTopUp(state.serviceId(), new TopUpRequest(state.packageId()), turn.idempotencyKey());
        return state.withOrder(order);
    }

    @Override
    public AuditAction action() {
        return AuditAction.TOP_UP;
    }

    @Override
    public @Nullable String subject(TopUpState state) {
        return written(state) ? state.orderNumber() : state.serviceId();
    }

    @Override
    public String detail(TopUpState state) {
        return "package " + state.packageId() + " for service " + state.serviceId();
    }
}
