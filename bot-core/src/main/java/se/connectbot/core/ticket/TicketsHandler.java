package se.connectbot.core.ticket;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.i18n.Formats;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketQuery;

/**
 * {@code tickets [all] [page N]}: the user's ongoing (or all) tickets, each with a button that
 * opens its thread; {@code tickets <number | id>}: that ticket's thread.
 */
@Component
class TicketsHandler implements CommandHandler {

    private static final int PAGE_SIZE = 10;
    private static final Set<String> ALL = Set.of("all", "alla");
    private static final Set<String> PAGE = Set.of("page", "sida");

    @Override
    public Reply handle(CommandRequest request) {
        List<String> words = request.args().folded();
        boolean all = words.stream().anyMatch(ALL::contains);
        int page = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (PAGE.contains(word) && i + 1 < words.size() && words.get(i + 1).matches("\\d{1,4}")) {
                page = Math.max(0, Integer.parseInt(words.get(++i)) - 1);
            } else if (!ALL.contains(word)) {
                return open(request, request.args().tokens().get(i));
            }
        }
        return list(request, all, page);
    }

    Reply open(CommandRequest request, String reference) {
        return TicketFinder.find(request.portal(), reference)
                .map(ticket -> TicketView.thread(request, ticket))
                .orElseGet(() -> Reply.text(request.text("tickets.not.found", reference)));
    }

    private static Reply list(CommandRequest request, boolean all, int page) {
        Page<Ticket> tickets = request.portal().tickets(new TicketQuery(!all, null, page, PAGE_SIZE));
        if (tickets.items().isEmpty()) {
            return Reply.text(request.text(all ? "tickets.none.all" : "tickets.none"));
        }
        Formats f = request.formats();
        List<List<String>> rows = tickets.items().stream().map(t -> List.of(t.number(), t.title(),
                request.text("ticket.category." + t.category().name()),
                t.priority() == null ? "–" : request.text("ticket.priority." + t.priority().name()),
                request.text("ticket.status." + t.status().name()), f.dateTime(t.updatedAt()))).toList();
        List<Block.Choice> open = tickets.items().stream()
                .map(t -> CommandButtons.run(request.text("tickets.button.open", t.number()), "tickets " + t.id()))
                .toList();
        List<String> headers = List.of(request.text("tickets.col.number"), request.text("tickets.col.title"),
                request.text("tickets.col.category"), request.text("tickets.col.priority"), request.text("tickets.col.status"),
                request.text("tickets.col.updated"));
        String filter = all ? " all" : "";
        return Reply.of(Block.heading(request.text(all ? "tickets.heading.all" : "tickets.heading", tickets.totalItems())),
                new Block.Table(headers, rows, open,
                        CommandButtons.paging(request.messages(), tickets, p -> "tickets" + filter + " page " + (p + 1))),
                Block.text(request.text("tickets.hint")));
    }
}
