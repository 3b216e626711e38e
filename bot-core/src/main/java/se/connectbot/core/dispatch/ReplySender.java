package se.connectbot.core.dispatch;

import se.connectbot.core.i18n.Language;
import se.connectbot.core.reply.Reply;

/**
 * An adapter's one way out for an inbound it handed to {@link InboundDispatch}: delivers the
 * engine's answer, or one of the dispatch's short notes ("working on it", "something went wrong",
 * "too busy"), the platform's way. May be called from two threads for one inbound (a note from a
 * timer while the answer is being made), never with the answer before its note. May throw: the
 * dispatch contains it.
 */
@FunctionalInterface
public interface ReplySender {

    /**
     * @param language the language the reply is in (the user's choice, else their platform's),
     *                 for whatever the adapter adds in words of its own
     */
    void send(Reply reply, Language language, Kind kind);

    /** What is sent. */
    enum Kind {
        /** The engine's answer (or, when the engine failed, the failure note in its place). */
        ANSWER,
        /** A short note from the dispatch to the user only: one text block, not an answer. */
        NOTE
    }
}
