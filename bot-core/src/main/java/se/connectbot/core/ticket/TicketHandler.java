package se.connectbot.core.ticket;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.Args;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.dialog.Dialogs;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.TicketCategory;

/**
 * {@code ticket}: starts the new-ticket dialog. {@code ticket form} offers it as one form;
 * {@code ticket <category> [service]} enters mid-way; {@code ticket <title text>} keeps the
 * text as the title; {@code ticket ARD-2026-000042} opens that ticket instead.
 */
@Component
class TicketHandler implements CommandHandler {

    static final Pattern TICKET_NUMBER = Pattern.compile("(?i)[a-z]{2,5}-\\d{4}-\\d{1,10}");
    private static final Set<String> FORM = Set.of("form", "formular", "modal");

    private final Dialogs dialogs;
    private final TicketDialog dialog;
    private final TicketsHandler tickets;

    TicketHandler(Dialogs dialogs, TicketDialog dialog, TicketsHandler tickets) {
        this.dialogs = dialogs;
        this.dialog = dialog;
        this.tickets = tickets;
    }

    @Override
    public Reply handle(CommandRequest request) {
        Args args = request.args();
        Optional<String> first = args.first();
        if (first.isPresent() && TICKET_NUMBER.matcher(first.get()).matches()) {
            return tickets.open(request, first.get());
        }
        if (args.tokens().size() == 1 && FORM.contains(args.folded().get(0))) {
            return dialogs.startAsForm(request, dialog, TicketState.EMPTY);
        }
        Optional<TicketCategory> category = first.flatMap(word -> TicketWords.category(word, request.messages()));
        if (category.isPresent()) {
            String service = args.rest().raw();
            return dialogs.start(request, dialog, TicketState.EMPTY,
                    service.isEmpty() ? Map.of("category", first.get()) : Map.of("category", first.get(), "service", service));
        }
        TicketState initial = args.isEmpty() || TextLimits.title(args.raw(), request.messages()).isPresent()
                ? TicketState.EMPTY : TicketState.EMPTY.withTitle(args.raw());
        return dialogs.start(request, dialog, initial, Map.of());
    }
}
