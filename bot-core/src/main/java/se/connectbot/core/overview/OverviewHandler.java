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
import se.connectbot.core.rights.Decision;
import se.connectbot.core.rights.Refusals;
import se.connectbot.portal.api.Dashboard;

/**
 * {@code overview}: the start page's counts, with a button to each list the user may open. A
 * count the user has no right to see says so: the portal answers 0 for it, which would read as
 * "none". The unpaid count includes overdue invoices, as does the list its button opens.
 */
@Component
class OverviewHandler implements CommandHandler {

    @Override
    public Reply handle(CommandRequest request) {
        Dashboard d = request.portal().dashboard();
        List<Count> counts = List.of(
                new Count("overview.services", Capability.VIEW_SERVICES, d.activeServices(), "overview.button.services", "status"),
                new Count("overview.orders", Capability.VIEW_ORDERS, d.ongoingOrders(), "overview.button.orders", "orders"),
                new Count("overview.tickets", Capability.HANDLE_TICKETS, d.ongoingTickets(), "overview.button.tickets", "tickets"),
                new Count("overview.invoices", Capability.VIEW_INVOICES, d.unpaidInvoices(), "overview.button.invoices", "invoices unpaid"));
        List<Block.Field> fields = new ArrayList<>();
        List<Block.Choice> buttons = new ArrayList<>();
        for (Count count : counts) {
            boolean may = request.may(count.capability());
            fields.add(new Block.Field(request.text(count.label()), may ? String.valueOf(count.value()) : missing(request, count)));
            if (may) {
                buttons.add(CommandButtons.run(request.text(count.button(), count.value()), count.command()));
            }
        }
        Reply reply = Reply.of(Block.heading(request.text("overview.heading", request.me().organisation().name())), new Block.Fields(fields));
        return buttons.isEmpty() ? reply : reply.with(new Block.Choices(null, buttons, Block.ChoiceStyle.BUTTONS));
    }

    private static String missing(CommandRequest request, Count count) {
        Decision decision = request.session().decide(count.capability());
        return decision instanceof Decision.Denied denied
                ? request.text("overview.no.right", Refusals.rightName(request.messages(), denied.missing()))
                : request.text("overview.no.right.unknown");
    }

    private record Count(String label, Capability capability, int value, String button, String command) {
    }
}
