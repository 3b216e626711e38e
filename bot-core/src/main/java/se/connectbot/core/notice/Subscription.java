package se.connectbot.core.notice;

import org.jspecify.annotations.Nullable;

import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.i18n.Language;

/** A stored subscription (table {@code outage_subscription}). Immutable. */
record Subscription(long id, ConversationRef conversation, ChatUser owner, String ownerPortalUserId, String ownerName,
                    Language language, NoticeFilter filter, Scope scope, @Nullable QuietHours quiet, State state, int failures) {

    enum State { ACTIVE, PAUSED, ORPHANED }
}
