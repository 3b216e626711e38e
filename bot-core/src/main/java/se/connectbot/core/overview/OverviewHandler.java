package se.connectbot.core.overview;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Capability;
import se.connectbot.portal.api.Dashboard;

/** {@code overview}: the start page's counts, with a button to each list the user may open. */
@Component
class OverviewHandler implements CommandHandler {

    @Override
    public Reply handle(CommandRequest request) {
        Dashboard d = request.portal().dashboard();
        List<Block.Field> fields = List.of(
                new Block.Field(request.text("overview.services"), String.valueOf(d.activeServices())),
                new Block.Field(request.text("overview.orders"), String.valueOf(d.ongoingOrders())),
                new Block.Field(request.text("overview.tickets"), String.valueOf(d.ongoingTickets())),
                new Block.Field(request.text("overview.invoices"), String.valueOf(d.unpaidInvoices())));
        List<Block.Choice> buttons = new ArrayList<>();
        add(request, buttons, Capability.VIEW_SERVICES, "overview.button.services", d.activeServices(), "status");
        add(request, buttons, Capability.VIEW_ORDERS, "overview.button.orders", d.ongoingOrders(), "orders");
        add(request, buttons, Capability.HANDLE_TICKETS, "overview.button.tickets", d.ongoingTickets(), "tickets");
        add(request, buttons, Capability.VIEW_INVOICES, "overview.button.invoices", d.unpaidInvoices(), "invoices unpaid");
        Reply reply = Reply.of(Block.heading(request.text("overview.heading", request.me().organisation().name())), new Block.Fields(fields));
        return buttons.isEmpty() ? reply : reply.with(new Block.Choices(null, buttons, Block.ChoiceStyle.BUTTONS));
    }

    private static void add(CommandRequest request, List<Block.Choice> buttons, Capability capability, String key, int count,
            String command) {
        if (request.may(capability)) {
            buttons.add(CommandButtons.run(request.text(key, count), command));
        }
    }
}
