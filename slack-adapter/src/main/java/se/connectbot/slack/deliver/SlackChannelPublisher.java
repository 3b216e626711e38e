package se.connectbot.slack.deliver;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.slack.install.BotTokens;
import se.connectbot.slack.render.BlockKitRenderer;
import se.connectbot.slack.render.RenderedReply;
import se.connectbot.slack.render.SlackFile;
import se.connectbot.slack.render.SlackMessage;

/**
 * {@link ChannelPublisher} for Slack: {@code chat.postMessage} and {@code chat.update} with the
 * workspace's bot token (public channels need {@code chat:write.public} unless the bot was
 * invited). Texts are rendered in the given language. Thread-safe.
 */
public final class SlackChannelPublisher implements ChannelPublisher {

    private final Slack slack;
    private final BotTokens tokens;
    private final BlockKitRenderer renderer;
    private final FileStore files;
    private final @Nullable Locale locale;

    public SlackChannelPublisher(Slack slack, BotTokens tokens, BlockKitRenderer renderer, FileStore files, @Nullable Locale locale) {
        this.slack = slack;
        this.tokens = tokens;
        this.renderer = renderer;
        this.files = files;
        this.locale = locale;
    }

    @Override
    public PostedMessage post(ConversationRef where, @Nullable String organisationId, Reply reply) {
        RenderedReply rendered = render(where, reply);
        MethodsClient client = client(where, organisationId);
        String first = null;
        for (SlackMessage message : rendered.messages()) {
            ChatPostMessageResponse posted = check("chat.postMessage", () -> client.chatPostMessage(r -> r
                    .channel(where.channelId()).text(message.fallbackText()).blocks(message.blocks())
                    .linkNames(false).unfurlLinks(false).unfurlMedia(false)));
            first = first == null ? posted.getTs() : first;
        }
        for (SlackFile file : rendered.files()) {
            FileUpload.upload(client, where.channelId(), null, content(file));
        }
        if (first == null) {
            throw new SlackDeliveryException(SlackDeliveryException.Reason.UNSUITABLE, "the reply has no message to post");
        }
        return new PostedMessage(where, organisationId, first);
    }

    @Override
    public PostedMessage update(PostedMessage posted, Reply reply) {
        RenderedReply rendered = render(posted.where(), reply);
        if (rendered.messages().size() != 1 || !rendered.files().isEmpty()) {
            throw new SlackDeliveryException(SlackDeliveryException.Reason.UNSUITABLE,
                    "an update must fit one message without files but takes " + rendered.messages().size() + " messages and "
                            + rendered.files().size() + " files");
        }
        SlackMessage message = rendered.messages().get(0);
        ChatUpdateResponse updated = check("chat.update", () -> client(posted.where(), posted.organisationId()).chatUpdate(r -> r
                .channel(posted.where().channelId()).ts(posted.messageId()).text(message.fallbackText()).blocks(message.blocks())));
        return new PostedMessage(posted.where(), posted.organisationId(), updated.getTs() == null ? posted.messageId() : updated.getTs());
    }

    private RenderedReply render(ConversationRef where, Reply reply) {
        if (where.platform() != Platform.SLACK) {
            throw new IllegalArgumentException("not a Slack conversation: " + where);
        }
        RenderedReply rendered = renderer.render(reply, locale);
        if (!rendered.forms().isEmpty()) {
            throw new SlackDeliveryException(SlackDeliveryException.Reason.UNSUITABLE, "a channel post cannot carry a form");
        }
        return rendered;
    }

    /** A stored file's content, read from the core's file store. */
    private SlackFile.Inline content(SlackFile file) {
        if (file instanceof SlackFile.Inline inline) {
            return inline;
        }
        Block.Attachment attachment = ((SlackFile.Stored) file).attachment();
        byte[] content = files.content(attachment.file()).orElseThrow(() -> new SlackDeliveryException(
                SlackDeliveryException.Reason.UNSUITABLE, "the file " + attachment.file() + " is no longer in the file store"));
        return new SlackFile.Inline(attachment.fileName(), attachment.contentType(), content, attachment.title());
    }

    private MethodsClient client(ConversationRef where, @Nullable String enterpriseId) {
        String token = tokens.forWorkspace(enterpriseId, where.workspaceId())
                .orElseThrow(() -> new SlackDeliveryException(SlackDeliveryException.Reason.NOT_INSTALLED,
                        "the Slack app is not installed in workspace " + where.workspaceId()));
        return slack.methods(token);
    }

    private static <T extends SlackApiTextResponse> T check(String method, Call<T> call) {
        T response;
        try {
            response = call.run();
        } catch (IOException | SlackApiException e) {
            throw new SlackDeliveryException(SlackDeliveryException.Reason.UNREACHABLE, method + " failed: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            throw new SlackDeliveryException(SlackDeliveryException.Reason.REJECTED, method + " refused: " + response.getError());
        }
        return response;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }
}
