package se.connectbot.core.topup;

import java.util.ArrayList;
import java.util.List;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.PhoneNumbers;
import se.connectbot.core.i18n.Formats;
import se.connectbot.core.reply.Block;

/** How a top-up reads: the subscription, the summary and the result. */
final class TopUpView {

    private TopUpView() {
    }

    static String subscription(TopUpState state) {
        String phone = state.phone() == null ? "" : PhoneNumbers.display(state.phone());
        return state.serviceName() == null ? phone : phone + " (" + state.serviceName() + ")";
    }

    static Block summary(CommandRequest request, TopUpState state) {
        Formats f = request.formats();
        return new Block.Fields(List.of(
                new Block.Field(request.text("topup.field.subscription"), subscription(state)),
                new Block.Field(request.text("topup.field.package"), String.valueOf(state.packageName())),
                new Block.Field(request.text("topup.field.price"), state.price() == null ? "–" : f.money(state.price()))));
    }

    static List<Block.Field> result(CommandRequest request, TopUpState state) {
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field(request.text("topup.field.order"), String.valueOf(state.orderNumber())));
        fields.add(new Block.Field(request.text("topup.field.subscription"), subscription(state)));
        fields.add(new Block.Field(request.text("topup.field.package"), String.valueOf(state.packageName())));
        if (state.price() != null) {
            fields.add(new Block.Field(request.text("topup.field.price"), request.formats().money(state.price())));
        }
        fields.add(new Block.Field(request.text("topup.field.activation"),
                state.activation() == null ? request.text("topup.activation.soon") : request.formats().date(state.activation())));
        return fields;
    }
}
