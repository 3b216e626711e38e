package se.connectbot.core.order;

import java.util.List;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.i18n.Formats;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.OrderQuery;
import se.connectbot.portal.api.Page;

/** {@code orders [page N]}: the orders in progress, newest first. */
@Component
class OrdersHandler implements CommandHandler {

    private static final int PAGE_SIZE = 10;

    @Override
    public Reply handle(CommandRequest request) {
        int page = page(request.args().folded());
        Page<Order> orders = request.portal().orders(new OrderQuery(true, null, page, PAGE_SIZE));
        if (orders.items().isEmpty()) {
            return Reply.text(request.text("orders.none"));
        }
        Formats f = request.formats();
        List<List<String>> rows = orders.items().stream().map(o -> List.of(o.number(), o.description(),
                request.text("order.status." + o.status().name()), f.dateTime(o.createdAt()),
                o.expectedCompletion() == null ? "–" : f.date(o.expectedCompletion()), f.money(o.price()))).toList();
        List<String> headers = List.of(request.text("orders.col.number"), request.text("orders.col.description"),
                request.text("orders.col.status"), request.text("orders.col.created"), request.text("orders.col.expected"),
                request.text("orders.col.price"));
        return Reply.of(Block.heading(request.text("orders.heading", orders.totalItems())),
                new Block.Table(headers, rows, List.of(), CommandButtons.paging(request.messages(), orders, p -> "orders page " + (p + 1))));
    }

    private static int page(List<String> words) {
        int at = Math.max(words.indexOf("page"), words.indexOf("sida"));
        if (at >= 0 && at + 1 < words.size() && words.get(at + 1).matches("\\d{1,4}")) {
            return Math.max(0, Integer.parseInt(words.get(at + 1)) - 1);
        }
        return 0;
    }
}
