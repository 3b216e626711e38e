package se.connectbot.teams.bot;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.teams.FileConsentCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.teams.connector.Connector;
import se.connectbot.teams.render.CardRenderer;

/**
 * Files the Teams way. A bot cannot attach a file to a message: in a 1:1 chat it asks the person
 * with a file consent card, and uploads to their OneDrive once they accept ({@link FileConsent});
 * in channels and group chats, where there is no such card, it posts the core's signed,
 * expiring, rights-re-checking download link, made for the file's owner. Thread-safe.
 */
final class FileDelivery {

    private static final Logger log = LoggerFactory.getLogger(FileDelivery.class);
    static final String CONSENT_CARD = "application/vnd.microsoft.teams.card.file.consent";

    private final Connector connector;
    private final CardRenderer renderer;
    private final FileStore store;
    private final DownloadLinks links;

    FileDelivery(Connector connector, CardRenderer renderer, FileStore store, DownloadLinks links) {
        this.connector = connector;
        this.renderer = renderer;
        this.store = store;
        this.links = links;
    }

    /** The ids of the messages posted. A file no longer kept is told as such, not skipped silently. */
    List<String> deliver(List<Block.Attachment> files, Where where, Language language) {
        List<String> ids = new ArrayList<>();
        Messages messages = Messages.of(language);
        for (Block.Attachment file : files) {
            Optional<StoredFile> stored = store.find(file.file());
            Reply reply;
            if (stored.isEmpty()) {
                log.warn("File {} is no longer kept; telling the user instead of sending it", file.file());
                reply = Reply.of(new Block.Text(messages.get("teams.file.gone", file.fileName()), Block.Tone.WARNING));
            } else if (where.personal()) {
                ids.add(connector.send(where.tenantId(), where.serviceUrl(), where.conversationId(), consentCard(stored.get(), file.title())));
                continue;
            } else {
                long minutes = Math.max(1, links.validity().toMinutes());
                reply = Reply.of(Block.text(messages.get("teams.file.link", file.fileName(), minutes)),
                        new Block.Link(file.fileName(), links.linkFor(stored.get()).toString()));
            }
            for (var card : renderer.render(reply, language).cards()) {
                ids.add(connector.send(where.tenantId(), where.serviceUrl(), where.conversationId(), ReplyDelivery.cardActivity(card)));
            }
        }
        return ids;
    }

    /** The consent card; accept and decline carry the file and its owner back ({@link FileConsent}). */
    static Activity consentCard(StoredFile file, String title) {
        FileConsentCard card = new FileConsentCard();
        card.setDescription(title == null || title.isBlank() ? file.fileName() : title);
        card.setSizeInBytes(file.size());
        Map<String, String> context = Map.of(FileConsent.FILE, file.ref().toString(), FileConsent.OWNER, file.owner().userId());
        card.setAcceptContext(context);
        card.setDeclineContext(context);
        Attachment attachment = new Attachment();
        attachment.setContentType(CONSENT_CARD);
        attachment.setName(file.fileName());
        attachment.setContent(card);
        Activity activity = new Activity(ActivityTypes.MESSAGE);
        activity.setAttachments(List.of(attachment));
        return activity;
    }
}
