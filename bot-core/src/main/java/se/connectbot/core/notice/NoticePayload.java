package se.connectbot.core.notice;

import java.util.List;

import se.connectbot.portal.api.Outage;

/** What an outbox row carries: the outage as of its change, and what of the reader's it touches. Immutable. */
record NoticePayload(Outage outage, List<String> affected) {

    NoticePayload {
        affected = List.copyOf(affected);
    }
}
