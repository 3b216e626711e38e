package se.connectbot.slack.deliver;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.UserLanguages;
import se.connectbot.core.reply.Block;
import se.connectbot.slack.render.SlackFile;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.outbound.OutboundSender;
import se.connectbot.core.outbound.Outgoing;
import se.connectbot.core.outbound.StoredConversation;
import se.connectbot.core.reply.Reply;
import se.connectbot.slack.install.BotTokens;
import se.connectbot.slack.render.BlockKitRenderer;
import se.connectbot.slack.render.RenderedReply;
import se.connectbot.slack.render.SlackMessage;

/**
 * The core's {@link OutboundSender} for Slack, with the workspace's bot token: {@code chat.postMessage}
 * (public channels need {@code chat:write.public} unless the bot was invited), {@code chat.update},
 * thread replies by {@code thread_ts}, private messages by {@code conversations.open} and a post
 * there, files through {@link FileUpload}. An org-wide installation's token is found with the
 * workspace's enterprise id, which {@code MessageRef.organisationId} carries or the
 * {@link ConversationStore} remembers from what came in. Thread-safe.
 */
public final class SlackSender implements OutboundSender {

    private static final Logger log = LoggerFactory.getLogger(SlackSender.class);
    /** The metadata event type a marked post carries (its payload: {@code marker}). */
    static final String MARKER_EVENT = "connectbot_outage_notice";
    private static final int HISTORY_PAGE = 100;
    private static final int HISTORY_PAGES = 5;

    private final Slack slack;
    private final BotTokens tokens;
    private final BlockKitRenderer renderer;
    private final FileStore files;
    private final @Nullable ConversationStore conversations;
    private final UserLanguages languages;

    /**
     * @param conversations where enterprise ids are remembered; null where none is kept (then only
     *                      workspaces outside an organisation are reached, or messages whose reference names it)
     * @param languages     the language of the adapter's own words in a private message: the one its
     *                      recipient chose in the bot (in a conversation, the one the outgoing carries)
     */
    public SlackSender(Slack slack, BotTokens tokens, BlockKitRenderer renderer, FileStore files,
                       @Nullable ConversationStore conversations, UserLanguages languages) {
        this.slack = slack;
        this.tokens = tokens;
        this.renderer = renderer;
        this.files = files;
        this.conversations = conversations;
        this.languages = languages;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public MessageRef send(Outgoing outgoing) {
        return switch (outgoing) {
            case Outgoing.Post post -> toConversation(post.to(), post.reply(), post.marker(), post.language());
            case Outgoing.File file -> toConversation(file.to(), file.reply(), null, file.language());
            case Outgoing.ThreadReply(MessageRef parent, Reply reply, Language language) -> post(parent.workspaceId(),
                    parent.conversationId(), parent.messageId(), parent.organisationId(), reply, null, language);
            case Outgoing.Update update -> update(update.message(), update.reply(), update.language());
            case Outgoing.Private direct -> privately(direct.to(), direct.reply());
        };
    }

    private MessageRef toConversation(ConversationRef to, Reply reply, @Nullable String marker, Language language) {
        return post(to.workspaceId(), to.channelId(), null, organisation(to.workspaceId(), to.channelId()), reply, marker, language);
    }

    /**
     * The bot's message tagged with the marker (its metadata, {@value #MARKER_EVENT}) in the
     * channel's history since then, read with {@code conversations.history} (scopes
     * {@code channels:history}, {@code groups:history}, {@code im:history}); a few pages at most.
     * A history the bot may not read (an installation from before those scopes, or a public
     * channel it posts to without being in it) cannot tell: empty, and the post is made again.
     */
    @Override
    public Optional<MessageRef> findPosted(ConversationRef in, String marker, Instant since) {
        String organisation = organisation(in.workspaceId(), in.channelId());
        MethodsClient client = client(in.workspaceId(), organisation);
        String oldest = since.getEpochSecond() + "." + String.format(Locale.ROOT, "%06d", since.getNano() / 1000);
        String cursor = null;
        try {
            for (int page = 0; page < HISTORY_PAGES; page++) {
                String from = cursor;
                ConversationsHistoryResponse history = SlackFailures.check("conversations.history", () -> client.conversationsHistory(r -> r
                        .channel(in.channelId()).oldest(oldest).includeAllMetadata(true).limit(HISTORY_PAGE).cursor(from)));
                for (Message message : history.getMessages() == null ? List.<Message>of() : history.getMessages()) {
                    Message.Metadata metadata = message.getMetadata();
                    if (metadata != null && MARKER_EVENT.equals(metadata.getEventType()) && metadata.getEventPayload() != null
                            && marker.equals(metadata.getEventPayload().get("marker")) && message.getTs() != null) {
                        return Optional.of(new MessageRef(Platform.SLACK, in.workspaceId(), in.channelId(), message.getTs(), organisation));
                    }
                }
                cursor = history.getResponseMetadata() == null ? null : history.getResponseMetadata().getNextCursor();
                if (cursor == null || cursor.isEmpty()) {
                    break;
                }
            }
        } catch (OutboundException e) {
            if (e.error() != OutboundError.NO_ACCESS) {
                throw e;
            }
            log.info("Cannot read the history of Slack channel {} in {} ({}): a post in doubt is posted again", in.channelId(),
                    in.workspaceId(), e.getMessage());
        }
        return Optional.empty();
    }

    /** Into the person's direct conversation with the bot, opened (or found) first. */
    private MessageRef privately(ChatUser to, Reply reply) {
        String workspace = to.workspaceId();
        String organisation = organisation(workspace, null);
        MethodsClient client = client(workspace, organisation);
        ConversationsOpenResponse dm = SlackFailures.check("conversations.open",
                () -> client.conversationsOpen(r -> r.users(List.of(to.userId()))));
        if (dm.getChannel() == null) {
            throw new OutboundException(OutboundError.TRANSIENT, "conversations.open gave no channel");
        }
        return post(workspace, dm.getChannel().getId(), null, organisation, reply, null, languages.resolve(to, null));
    }

    /** A stored file's content, read from the core's file store; gone (expired) is a conversation's loss, not a retry's. */
    private SlackFile.Inline content(SlackFile file) {
        return switch (file) {
            case SlackFile.Inline inline -> inline;
            case SlackFile.Stored(Block.Attachment attachment) -> {
                byte[] content = files.content(attachment.file()).orElseThrow(() -> new OutboundException(
                        OutboundError.CONVERSATION_GONE, "the file " + attachment.file() + " is no longer stored"));
                yield new SlackFile.Inline(attachment.fileName(), attachment.contentType(), content, attachment.title());
            }
        };
    }

    /** Every message of the reply, then its files; answers the first message (or, for files alone, the first file). */
    private MessageRef post(String workspace, String channel, @Nullable String threadTs, @Nullable String organisation, Reply reply,
                            @Nullable String marker, Language language) {
        RenderedReply rendered = render(reply, language);
        MethodsClient client = client(workspace, organisation);
        String first = null;
        for (SlackMessage message : rendered.messages()) {
            Message.Metadata tag = marker == null || first != null ? null
                    : Message.Metadata.builder().eventType(MARKER_EVENT).eventPayload(Map.of("marker", marker)).build();
            String ts = SlackFailures.check("chat.postMessage", () -> client.chatPostMessage(r -> r
                    .channel(channel).threadTs(threadTs).text(message.fallbackText()).blocks(message.blocks()).metadata(tag)
                    .linkNames(false).unfurlLinks(false).unfurlMedia(false))).getTs();
            first = first == null ? ts : first;
        }
        for (SlackFile file : rendered.files()) {
            String id = FileUpload.upload(client, channel, threadTs, content(file));
            first = first == null ? id : first;
        }
        if (first == null) {
            throw new IllegalArgumentException("the reply has nothing to post");
        }
        return new MessageRef(Platform.SLACK, workspace, channel, first, organisation);
    }

    private MessageRef update(MessageRef posted, Reply reply, Language language) {
        RenderedReply rendered = render(reply, language);
        if (rendered.messages().size() != 1 || !rendered.files().isEmpty()) {
            throw new OutboundException(OutboundError.MESSAGE_TOO_LARGE, "an update must fit one message without files but takes "
                    + rendered.messages().size() + " messages and " + rendered.files().size() + " files");
        }
        SlackMessage message = rendered.messages().get(0);
        MethodsClient client = client(posted.workspaceId(), posted.organisationId());
        ChatUpdateResponse updated = SlackFailures.check("chat.update", () -> client.chatUpdate(r -> r
                .channel(posted.conversationId()).ts(posted.messageId()).text(message.fallbackText()).blocks(message.blocks())));
        return updated.getTs() == null || updated.getTs().equals(posted.messageId()) ? posted
                : new MessageRef(Platform.SLACK, posted.workspaceId(), posted.conversationId(), updated.getTs(), posted.organisationId());
    }

    private RenderedReply render(Reply reply, Language language) {
        RenderedReply rendered = renderer.render(reply, language.locale());
        if (!rendered.forms().isEmpty()) {
            throw new OutboundException(OutboundError.MESSAGE_TOO_LARGE, "a message sent unasked cannot carry a form");
        }
        return rendered;
    }

    private MethodsClient client(String workspace, @Nullable String organisation) {
        String token = tokens.forWorkspace(organisation, workspace).orElseThrow(() -> new OutboundException(OutboundError.NO_ACCESS,
                "the Slack app is not installed in workspace " + workspace + (organisation == null ? "" : " of " + organisation)));
        return slack.methods(token);
    }

    /** The workspace's enterprise id as last heard in the channel, else anywhere in the workspace. */
    private @Nullable String organisation(String workspace, @Nullable String channel) {
        ConversationStore store = conversations;
        if (store == null) {
            return null;
        }
        try {
            Optional<StoredConversation> known = channel == null ? Optional.empty() : store.find(Platform.SLACK, workspace, channel);
            return known.flatMap(c -> c.data(StoredConversation.SLACK_ENTERPRISE_ID))
                    .or(() -> store.latestIn(Platform.SLACK, workspace).flatMap(c -> c.data(StoredConversation.SLACK_ENTERPRISE_ID)))
                    .orElse(null);
        } catch (RuntimeException e) {
            log.warn("Could not read the organisation of Slack workspace {}: {}", workspace, e.toString());
            return null;
        }
    }
}
