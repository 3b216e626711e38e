package se.connectbot.teams.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.teams.FileInfoCard;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.reply.FileRef;
import se.connectbot.teams.connector.Connector;

/**
 * The answer to a file consent card ({@code fileConsent/invoke}). Accepted by the file's owner
 * (the clicking user must be the one the card was made for: the card's context says whom, and a
 * forwarded or shared card does not change who clicks), the file is read again through
 * {@link ConsentedFiles} (which re-checks the owner's rights), uploaded to the {@code uploadUrl}
 * Teams gave, and shown as a file card; declined, the person is told it was not sent.
 */
final class FileConsent {

    private static final Logger log = LoggerFactory.getLogger(FileConsent.class);
    static final String FILE = "connectFile";
    static final String OWNER = "connectOwner";
    static final String FILE_INFO_CARD = "application/vnd.microsoft.teams.card.file.info";

    private final Connector connector;
    private final ConsentedFiles files;
    private final ReplyDelivery delivery;

    FileConsent(Connector connector, ConsentedFiles files, ReplyDelivery delivery) {
        this.connector = connector;
        this.files = files;
        this.delivery = delivery;
    }

    /** Handles the invoke's value; answers the user in the chat. Runs after the invoke was acknowledged. */
    void handle(JsonNode value, Incoming turn, Language language) {
        Messages messages = Messages.of(language);
        JsonNode context = value.path("context");
        Optional<FileRef> ref = FileRef.parse(context.path(FILE).asText(null));
        if (ref.isEmpty() || !turn.userId().equals(context.path(OWNER).asText(""))) {
            log.warn("A file consent for {} from someone else or without a file; ignored", turn);
            delivery.note(messages.get("teams.file.not.yours"), turn);
            return;
        }
        if (!"accept".equals(value.path("action").asText(""))) {
            delivery.note(messages.get("teams.file.declined"), turn);
            return;
        }
        JsonNode upload = value.path("uploadInfo");
        String uploadUrl = upload.path("uploadUrl").asText("");
        if (!uploadUrl.startsWith("https://") && !uploadUrl.startsWith("http://")) {
            log.warn("A file consent without a usable upload URL for {}", turn);
            delivery.note(messages.get("teams.file.failed"), turn);
            return;
        }
        ConsentedFiles.Opened opened;
        try {
            opened = files.open(ref.get(), turn.user());
        } catch (ConsentedFiles.Refused e) {
            delivery.note(messages.get("teams.file.refused"), turn);
            return;
        }
        try {
            connector.upload(uploadUrl, opened.content());
        } catch (OutboundException e) {
            log.warn("Could not upload an accepted file for {}: {}", turn, e.getMessage());
            delivery.note(messages.get("teams.file.failed"), turn);
            return;
        }
        connector.send(turn.tenantId(), turn.serviceUrl(), turn.conversationId(), fileInfo(upload, opened.fileName()));
    }

    private static Activity fileInfo(JsonNode upload, String fileName) {
        FileInfoCard info = new FileInfoCard();
        info.setUniqueId(upload.path("uniqueId").asText(""));
        info.setFileType(upload.path("fileType").asText(""));
        Attachment attachment = new Attachment();
        attachment.setContentType(FILE_INFO_CARD);
        attachment.setContentUrl(upload.path("contentUrl").asText(""));
        attachment.setName(upload.path("name").asText(fileName));
        attachment.setContent(info);
        Activity activity = new Activity(ActivityTypes.MESSAGE);
        activity.setAttachments(List.of(attachment));
        return activity;
    }
}
