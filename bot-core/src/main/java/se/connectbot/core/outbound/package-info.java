/**
 * The other face of an adapter: what the bot says unasked. Capabilities (outage notices, reports,
 * "you are signed in") call {@link se.connectbot.core.outbound.Outbound}; each adapter implements
 * one {@link se.connectbot.core.outbound.OutboundSender}. What was posted comes back as a
 * {@link se.connectbot.core.outbound.MessageRef}, to be stored and updated later. Failures are one
 * {@link se.connectbot.core.outbound.OutboundException} with a code callers can act on. The
 * {@link se.connectbot.core.outbound.ConversationStore} remembers, from what comes in, where the
 * bot can post and what each platform needs to post there.
 */
@NullMarked
package se.connectbot.core.outbound;

import org.jspecify.annotations.NullMarked;
