package se.connectbot.teams.bot;

import se.connectbot.core.chat.DisplayNames;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.dispatch.Arrival;
import se.connectbot.core.dispatch.ReplySender;
import se.connectbot.core.dispatch.Resumable;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * One Teams activity as the core's dispatch sees it: the {@link Arrival} to claim (the activity
 * id, unique in its conversation; a card click also as a click), the {@link Inbound} built on the
 * dispatch's workers (a typing indicator first), and the Teams way to send the answer and notes.
 */
final class TeamsTurn implements ReplySender {

    private final Incoming incoming;
    private final Inbound.Payload payload;
    private final ReplyDelivery delivery;
    private final String rendering;

    /** @param rendering for a card click, which rendering of the card was clicked (else empty) */
    TeamsTurn(Incoming incoming, Inbound.Payload payload, ReplyDelivery delivery, String rendering) {
        this.incoming = incoming;
        this.payload = payload;
        this.delivery = delivery;
        this.rendering = rendering;
    }

    Arrival arrival() {
        Arrival.Click click = switch (payload) {
            case Inbound.Action action -> new Arrival.Click(clickedMessage(), action.actionId(), action.value());
            case Inbound.FormSubmission form -> new Arrival.Click(clickedMessage(), form.formId(), "");
            case Inbound.Text text -> null;
        };
        return new Arrival(incoming.deliveryId(), incoming.user(), click, this::inbound);
    }

    Resumable resumable() {
        return new Resumable(payload, incoming.context());
    }

    private String clickedMessage() {
        String message = incoming.replyToId() == null ? incoming.baseConversationId() : incoming.replyToId();
        return rendering.isEmpty() ? message : message + "/" + rendering;
    }

    private Inbound inbound() {
        delivery.typing(incoming);
        return new Inbound(incoming.deliveryId(), incoming.user(), incoming.conversation(), incoming.parsedLocale(), payload,
                new DisplayNames(incoming.userName(), incoming.teamName()));
    }

    @Override
    public void send(Reply reply, Language language, Kind kind) {
        switch (kind) {
            case ANSWER -> delivery.answer(reply, incoming, language);
            case NOTE -> delivery.note(noteText(reply), incoming);
        }
    }

    private static String noteText(Reply note) {
        return note.blocks().stream().filter(Block.Text.class::isInstance).map(b -> ((Block.Text) b).text())
                .findFirst().orElse("");
    }
}
