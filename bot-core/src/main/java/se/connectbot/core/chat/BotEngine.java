package se.connectbot.core.chat;

import se.connectbot.core.reply.Reply;

/**
 * The core's one door: hand it what a user did, get what to answer. Synchronous and thread-safe;
 * adapters own threads and platform deadlines (acknowledge first, call this after). It never
 * throws for a user's or the portal's fault: those become replies in the user's language.
 * A delivery already handled (same {@link Inbound#deliveryId()}) returns the same answer again
 * without doing anything twice.
 */
@FunctionalInterface
public interface BotEngine {

    Reply handle(Inbound inbound);
}
