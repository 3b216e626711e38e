package se.connectbot.core.ticket;

import java.util.ArrayList;
import java.util.List;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.i18n.Formats;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Capability;
import se.connectbot.portal.api.Ticket;

/** How tickets read: a new ticket's summary, and one ticket with its thread. */
final class TicketView {

    private TicketView() {
    }

    static Block summary(CommandRequest request, TicketState state) {
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field(request.text("ticket.field.category"), request.text("ticket.category." + state.category())));
        fields.add(new Block.Field(request.text("ticket.field.service"),
                state.serviceLabel() == null ? request.text("ticket.service.none.chosen") : state.serviceLabel()));
        if (state.effectivePriority() != null) {
            fields.add(new Block.Field(request.text("ticket.field.priority"), request.text("ticket.priority." + state.effectivePriority())));
        }
        fields.add(new Block.Field(request.text("ticket.field.title"), String.valueOf(state.title())));
        fields.add(new Block.Field(request.text("ticket.field.message"), String.valueOf(state.message())));
        return new Block.Fields(fields);
    }

    static Reply thread(CommandRequest request, Ticket ticket) {
        Formats f = request.formats();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(ticket.number() + " – " + ticket.title()));
        List<Block.Field> fields = new ArrayList<>(List.of(
                new Block.Field(request.text("ticket.field.status"), request.text("ticket.status." + ticket.status().name())),
                new Block.Field(request.text("ticket.field.category"), request.text("ticket.category." + ticket.category().name()))));
        if (ticket.priority() != null) {
            fields.add(new Block.Field(request.text("ticket.field.priority"), request.text("ticket.priority." + ticket.priority().name())));
        }
        fields.add(new Block.Field(request.text("ticket.field.created"), f.dateTime(ticket.createdAt())));
        fields.add(new Block.Field(request.text("ticket.field.updated"), f.dateTime(ticket.updatedAt())));
        blocks.add(new Block.Fields(fields));
        for (Ticket.Message message : ticket.messages()) {
            String who = message.fromSupport() ? request.text("ticket.from.support", message.author()) : message.author();
            blocks.add(Block.text(who + " · " + f.dateTime(message.sentAt()) + "\n" + message.text()));
        }
        if (ticket.status().ongoing() && request.may(Capability.HANDLE_TICKETS)) {
            blocks.add(new Block.Choices(null, List.of(CommandButtons.run(request.text("ticket.button.reply"), "reply " + ticket.number())),
                    Block.ChoiceStyle.BUTTONS));
        }
        return new Reply(blocks, Reply.Visibility.CONVERSATION);
    }
}
