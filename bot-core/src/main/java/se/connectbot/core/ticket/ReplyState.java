package se.connectbot.core.ticket;

import org.jspecify.annotations.Nullable;

/** A reply to a ticket in progress: which ticket, and once sent, that it was. */
record ReplyState(String ticketId, String ticketNumber, @Nullable String sentMessageId) {

    ReplyState sent(String messageId) {
        return new ReplyState(ticketId, ticketNumber, messageId);
    }
}
