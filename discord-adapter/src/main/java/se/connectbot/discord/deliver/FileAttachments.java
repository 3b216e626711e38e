package se.connectbot.discord.deliver;

import java.util.Optional;
import net.dv8tion.jda.api.utils.FileUpload;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.discord.render.Attachments;

/**
 * Files from the core's {@link FileStore}: an upload within the upload limit (10 MiB, more where a
 * guild's boost allows it), else the core's signed, expiring, rights-re-checking download link.
 */
record FileAttachments(FileStore files, DownloadLinks links, Messages messages, long uploadLimit) implements Attachments {

    @Override
    public Resolved resolve(Block.Attachment attachment) {
        Optional<StoredFile> stored = files.find(attachment.file());
        if (stored.isEmpty()) {
            return new Note(messages.get("adapter.file.failed", attachment.fileName()));
        }
        StoredFile file = stored.get();
        if (file.size() <= uploadLimit) {
            Optional<byte[]> content = files.content(attachment.file());
            if (content.isPresent()) {
                return new Upload(FileUpload.fromData(content.get(), attachment.fileName()), content.get().length);
            }
            return new Note(messages.get("adapter.file.failed", attachment.fileName()));
        }
        long minutes = Math.max(1, links.validity().toMinutes());
        return new Link(messages.get("files.link.too.large", attachment.fileName(), minutes),
                messages.get("files.link.label", attachment.fileName()), links.linkFor(file).toString());
    }
}
