package se.connectbot.slack.deliver;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.slack.render.SlackFile;
import se.connectbot.slack.render.SlackText;

/**
 * Files through Slack's upload flow ({@link FileUpload}) into the conversation they were asked in; a private file asked for in a shared conversation, or one
 * for a conversation the bot cannot post in, goes to the user's direct messages with a note.
 * A file of the core's store is read from it for the upload; one over the upload limit, or one
 * Slack would not take anywhere, reaches the person as a signed download link instead, shown to
 * them alone (the link re-checks their rights when used).
 */
final class FileDelivery {

    private static final Logger log = LoggerFactory.getLogger(FileDelivery.class);

    private final Slack slack;
    private final ReplyDelivery messages;
    private final FileStore store;
    private final DownloadLinks links;
    private final long maxUploadBytes;

    FileDelivery(Slack slack, ReplyDelivery messages, FileStore store, DownloadLinks links, long maxUploadBytes) {
        this.slack = slack;
        this.messages = messages;
        this.store = store;
        this.links = links;
        this.maxUploadBytes = maxUploadBytes;
    }

    void deliver(SlackFile file, ReplyTarget target, boolean ephemeral, @Nullable Locale locale) {
        switch (file) {
            case SlackFile.Stored stored -> deliverStored(stored.attachment(), target, ephemeral, locale);
            case SlackFile.Inline inline -> {
                if (!upload(inline, target, ephemeral, locale)) {
                    messages.note(SlackText.FILE_FAILED, target, locale, FileNames.fitting(inline.fileName(), inline.contentType()));
                }
            }
        }
    }

    private void deliverStored(Block.Attachment attachment, ReplyTarget target, boolean ephemeral, @Nullable Locale locale) {
        Optional<StoredFile> stored = store.find(attachment.file());
        if (stored.isEmpty()) {
            log.warn("A file to deliver is no longer in the file store");
            messages.note(SlackText.FILE_FAILED, target, locale, FileNames.fitting(attachment.fileName(), attachment.contentType()));
            return;
        }
        if (stored.get().size() > maxUploadBytes) {
            link(stored.get(), "files.link.too.large", target, locale);
            return;
        }
        Optional<SlackFile.Inline> content = store.content(attachment.file())
                .map(bytes -> new SlackFile.Inline(attachment.fileName(), attachment.contentType(), bytes, attachment.title()));
        if (content.isEmpty() || !upload(content.get(), target, ephemeral, locale)) {
            link(stored.get(), "files.link.refused", target, locale);
        }
    }

    /** True when the file went into the conversation, or into the user's direct messages with a note. */
    private boolean upload(SlackFile.Inline file, ReplyTarget target, boolean ephemeral, @Nullable Locale locale) {
        if (!ephemeral && upload(target.botToken(), target.channelId(), target.threadTs(), file)) {
            return true;
        }
        String dm = directMessage(target);
        if (dm != null && !dm.equals(target.channelId()) && upload(target.botToken(), dm, null, file)) {
            messages.note(SlackText.FILE_IN_DM, target, locale, FileNames.fitting(file.fileName(), file.contentType()));
            return true;
        }
        return false;
    }

    private void link(StoredFile file, String why, ReplyTarget target, @Nullable Locale locale) {
        Messages words = Messages.of(Language.of(locale).orElse(Language.DEFAULT));
        String name = FileNames.fitting(file.fileName(), file.contentType());
        messages.privately(Reply.of(Block.text(words.get(why, name, links.validity().toMinutes())),
                new Block.Link(words.get("files.link.label", name), links.linkFor(file).toString())), target, locale);
    }

    private boolean upload(String token, String channel, @Nullable String threadTs, SlackFile.Inline file) {
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
