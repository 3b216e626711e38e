package se.connectbot.core.outbound;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.reply.Reply;

/**
 * What capabilities call to say something unasked, on any platform: routes each
 * {@link Outgoing} to the {@link OutboundSender} of its platform (one per platform, collected at
 * start-up; a second one for a platform stops the start). Thread-safe; blocks while the
 * platform answers.
 *
 * <p>Every method throws {@link OutboundException}: {@link OutboundError#NO_ACCESS} for a
 * platform without a configured sender, else whatever the sender reports.
 */
@Component
public final class Outbound {

    private final Map<Platform, OutboundSender> senders;

    @Autowired
    Outbound(ObjectProvider<OutboundSender> senders) {
        this(senders.orderedStream().toList());
    }

    /** With exactly these senders (tests, or an application wiring by hand). */
    public Outbound(List<OutboundSender> senders) {
        Map<Platform, OutboundSender> byPlatform = new EnumMap<>(Platform.class);
        for (OutboundSender sender : senders) {
            OutboundSender earlier = byPlatform.putIfAbsent(sender.platform(), sender);
            if (earlier != null) {
                throw new IllegalStateException("two outbound senders for " + sender.platform() + ": "
                        + earlier.getClass().getName() + " and " + sender.getClass().getName());
            }
        }
        this.senders = Collections.unmodifiableMap(byPlatform);
    }

    /** Posts the reply for everyone in the conversation; the platform's own words around it in Swedish. */
    public MessageRef post(ConversationRef to, Reply reply) {
        return send(new Outgoing.Post(to, reply));
    }

    /** Posts the reply, written in {@code language}, for everyone in the conversation. */
    public MessageRef post(ConversationRef to, Reply reply, Language language) {
        return send(new Outgoing.Post(to, reply, null, language));
    }

    /** Posts the reply tagged with {@code marker}, for {@link #findPosted} to find it later where the platform can. */
    public MessageRef post(ConversationRef to, Reply reply, String marker) {
        return send(new Outgoing.Post(to, reply, marker));
    }

    /** Posts the reply, written in {@code language}, tagged with {@code marker} (see {@link #post(ConversationRef, Reply, String)}). */
    public MessageRef post(ConversationRef to, Reply reply, String marker, Language language) {
        return send(new Outgoing.Post(to, reply, marker, language));
    }

    /** The post tagged with {@code marker} in the conversation since then, where its platform can read it back; else empty. */
    public java.util.Optional<MessageRef> findPosted(ConversationRef in, String marker, java.time.Instant since) {
        OutboundSender sender = senders.get(in.platform());
        return sender == null ? java.util.Optional.empty() : sender.findPosted(in, marker, since);
    }

    /** Replaces a message the bot posted; the reply must fit one message, without form or file. */
    public MessageRef update(MessageRef message, Reply reply) {
        return send(new Outgoing.Update(message, reply));
    }

    /** Replaces a message the bot posted with a reply written in {@code language}. */
    public MessageRef update(MessageRef message, Reply reply, Language language) {
        return send(new Outgoing.Update(message, reply, language));
    }

    public MessageRef replyInThread(MessageRef parent, Reply reply) {
        return send(new Outgoing.ThreadReply(parent, reply));
    }

    /** The reply, written in {@code language}, in the thread of a message the bot posted. */
    public MessageRef replyInThread(MessageRef parent, Reply reply, Language language) {
        return send(new Outgoing.ThreadReply(parent, reply, language));
    }

    /** To the person alone, in their direct conversation with the bot. */
    public MessageRef sendPrivately(ChatUser to, Reply reply) {
        return send(new Outgoing.Private(to, reply));
    }

    /** A reply holding at least one file, into the conversation. */
    public MessageRef deliverFile(ConversationRef to, Reply reply) {
        return send(new Outgoing.File(to, reply));
    }

    public MessageRef send(Outgoing outgoing) {
        OutboundSender sender = senders.get(outgoing.platform());
        if (sender == null) {
            throw new OutboundException(OutboundError.NO_ACCESS, "no outbound sender is configured for " + outgoing.platform());
        }
        return sender.send(outgoing);
    }

    /** Whether anything can be sent on the platform. */
    public boolean reaches(Platform platform) {
        return senders.containsKey(platform);
    }
}
