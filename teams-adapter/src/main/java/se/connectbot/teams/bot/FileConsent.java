package se.connectbot.teams.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.teams.FileInfoCard;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.dispatch.Resumable;
import se.connectbot.core.dispatch.ResumableSenders;
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
 * Teams gave, and shown as a file card; declined, the person is told it was not sent. Runs
 * through the core's durable dispatch ({@link #resumable}): a redelivered accept uploads once, and
 * one accepted by an instance that died is finished by another.
 */
final class FileConsent {

    private static final Logger log = LoggerFactory.getLogger(FileConsent.class);
    static final String FILE = "connectFile";
    static final String OWNER = "connectOwner";
    static final String FILE_INFO_CARD = "application/vnd.microsoft.teams.card.file.info";

    private final Connector connector;
    private final ConsentedFiles files;
    private final ReplyDelivery delivery;
    private final UploadUrls uploads;

    FileConsent(Connector connector, ConsentedFiles files, ReplyDelivery delivery, UploadUrls uploads) {
        this.connector = connector;
        this.files = files;
        this.delivery = delivery;
        this.uploads = uploads;
    }

    /** What marks accepted work as a file consent, in the stored context (the adapter's, never the user's). */
    static final String WORK = "teams.fileConsent";
    private static final String LANGUAGE = "teams.fileConsent.language";

    /**
     * The consent as the core stores it until done (sealed: the upload URL is a grant): the
     * invoke's value as an action's value, the turn's context, the language of the notes.
     */
    static Resumable resumable(JsonNode value, Incoming turn, Language language) {
        Map<String, String> context = new HashMap<>(turn.context());
        context.put(WORK, "1");
        context.put(LANGUAGE, language.name());
        return new Resumable(new Inbound.Action(WORK, value.toString()), context);
    }

    /** A consent is the adapter's own work: the core never builds an inbound of it. */
    static Inbound noInbound() {
        throw new IllegalStateException("a file consent is no inbound for the engine");
    }

    static boolean isConsent(ResumableSenders.Accepted accepted) {
        return accepted.context().containsKey(WORK) && accepted.payload() instanceof Inbound.Action action && WORK.equals(action.actionId());
    }

    /** The consent's work again, from what {@link #resumable} stored. */
    Runnable resumed(ResumableSenders.Accepted accepted, ObjectMapper json) {
        Inbound.Action action = (Inbound.Action) accepted.payload();
        JsonNode value;
        try {
            value = json.readTree(action.value());
        } catch (IOException e) {
            throw new IllegalStateException("a stored file consent that is no JSON", e);
        }
        Incoming turn = Incoming.fromContext(accepted);
        Language language = Language.valueOf(accepted.context().getOrDefault(LANGUAGE, Language.DEFAULT.name()));
        return () -> handle(value, turn, language);
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
        if (!uploads.allows(uploadUrl)) {
            log.warn("A file consent whose upload URL is not OneDrive's (host {}) for {}; nothing uploaded", UploadUrls.hostOf(uploadUrl), turn);
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
