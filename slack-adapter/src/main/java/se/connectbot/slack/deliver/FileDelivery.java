package se.connectbot.slack.deliver;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.reply.Block;
import se.connectbot.slack.render.SlackText;

/**
 * Files through Slack's upload flow ({@link FileUpload}) into the conversation they were asked in; a private file asked for in a shared conversation, or one
 * for a conversation the bot cannot post in, goes to the user's direct messages with a note.
 */
final class FileDelivery {

    private static final Logger log = LoggerFactory.getLogger(FileDelivery.class);

    private final Slack slack;
    private final ReplyDelivery messages;

    FileDelivery(Slack slack, ReplyDelivery messages) {
        this.slack = slack;
        this.messages = messages;
    }

    void deliver(Block.Attachment file, ReplyTarget target, boolean ephemeral, @Nullable Locale locale) {
        String name = FileNames.fitting(file.fileName(), file.contentType());
        if (!ephemeral && upload(target.botToken(), target.channelId(), target.threadTs(), file)) {
            return;
        }
        String dm = directMessage(target);
        if (dm != null && !dm.equals(target.channelId()) && upload(target.botToken(), dm, null, file)) {
            messages.note(SlackText.FILE_IN_DM, target, locale, name);
            return;
        }
        messages.note(SlackText.FILE_FAILED, target, locale, name);
    }

    private boolean upload(String token, String channel, @Nullable String threadTs, Block.Attachment file) {
        try {
            FileUpload.upload(slack.methods(token), channel, threadTs, file);
            return true;
        } catch (OutboundException e) {
            log.warn("Could not upload a file to Slack: {}", e.getMessage());
            return false;
        }
    }

    private @Nullable String directMessage(ReplyTarget target) {
        try {
            ConversationsOpenResponse dm = slack.methods(target.botToken()).conversationsOpen(r -> r.users(List.of(target.userId())));
            if (dm.isOk() && dm.getChannel() != null) {
                return dm.getChannel().getId();
            }
            log.warn("Slack refused conversations.open: {}", dm.getError());
        } catch (IOException | SlackApiException e) {
            log.warn("Slack call conversations.open failed: {}", e.getMessage());
        }
        return null;
    }
}
