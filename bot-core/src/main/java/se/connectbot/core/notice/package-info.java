/**
 * Outage notices pushed to the conversations that asked for them: subscriptions made from chat
 * ({@code prenumerera drift}), matched against each change of the portal's outage feed by a
 * cluster-safe poller that writes a transactional outbox, and delivered from that outbox through
 * {@link se.connectbot.core.outbound.Outbound}, one message per outage per conversation, updated
 * in place. The application schedules {@link se.connectbot.core.notice.OutagePoller#poll()} and
 * {@link se.connectbot.core.notice.NoticeDispatcher#drain()}; the core owns no threads of its own
 * beyond the virtual threads a drain uses for one batch and one virtual thread per drain that
 * renews the lease of the rows the drain holds every third of {@code connectbot.outages.lease}
 * (one statement for all of them), so a slow post keeps its rows and a dead instance's rows are
 * delivered by another within one lease.
 *
 * <p>A subscription keeps the language its subscriber was answered in (or its new owner, after a
 * take-over). What is posted unasked into a conversation speaks one language, that of its newest
 * active subscription, whichever subscription a delivery is for (the platform's own words around
 * it too: each post carries that language to the sender); what is sent privately to an
 * owner speaks the owner's chosen language.
 */
@NullMarked
package se.connectbot.core.notice;

import org.jspecify.annotations.NullMarked;
