/**
 * Outage notices pushed to the conversations that asked for them: subscriptions made from chat
 * ({@code prenumerera drift}), matched against each change of the portal's outage feed by a
 * cluster-safe poller that writes a transactional outbox, and delivered from that outbox through
 * {@link se.connectbot.core.outbound.Outbound}, one message per outage per conversation, updated
 * in place. The application schedules {@link se.connectbot.core.notice.OutagePoller#poll()} and
 * {@link se.connectbot.core.notice.NoticeDispatcher#drain()}; the core owns no threads of its own
 * beyond the virtual threads a drain uses for one batch.
 */
@NullMarked
package se.connectbot.core.notice;

import org.jspecify.annotations.NullMarked;
