package se.connectbot.core.ticket;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.dialog.Dialogs;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketReply;

/**
 * {@code reply <ticket> <text>} sends the text to the ticket at once; {@code reply <ticket>}
 * asks for the text first. The one-command form's Idempotency-Key comes from the delivery, so a
 * retried delivery cannot send twice.
 */
@Component
class ReplyHandler implements CommandHandler {

    private final Dialogs dialogs;
    private final ReplyDialog dialog;
    private final TicketReplies replies;

    ReplyHandler(Dialogs dialogs, ReplyDialog dialog, TicketReplies replies) {
        this.dialogs = dialogs;
        this.dialog = dialog;
        this.replies = replies;
    }

    @Override
    public Reply handle(CommandRequest request) {
        if (request.args().isEmpty()) {
            return Reply.text(request.text("reply.usage"));
        }
        String reference = request.args().tokens().get(0);
        Ticket ticket = TicketFinder.find(request.portal(), reference).orElse(null);
        if (ticket == null) {
            return Reply.text(request.text("tickets.not.found", reference));
        }
        if (!ticket.status().ongoing()) {
            return Reply.of(new Block.Text(request.text("reply.closed", ticket.number()), Block.Tone.WARNING));
        }
        String text = request.args().rest().raw();
        if (text.isEmpty()) {
            return dialogs.start(request, dialog, new ReplyState(ticket.id(), ticket.number(), null), Map.of());
        }
        return TextLimits.message(text, request.messages())
                .map(problem -> Reply.of(new Block.Text(problem, Block.Tone.WARNING)))
                .orElseGet(() -> send(request, ticket, text));
    }

    private Reply send(CommandRequest request, Ticket ticket, String text) {
        replies.send(request, ticket.id(), ticket.number(), new TicketReply(text), key(request));
        return dialog.completed(request, new ReplyState(ticket.id(), ticket.number(), "sent"));
    }

    private static String key(CommandRequest request) {
        String delivery = request.user().platform() + "|" + request.user().workspaceId() + "|" + request.inbound().deliveryId();
        return UUID.nameUUIDFromBytes(delivery.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
