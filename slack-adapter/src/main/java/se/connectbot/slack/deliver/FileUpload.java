package se.connectbot.slack.deliver;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.slack.render.SlackFile;

/**
 * One file through Slack's upload flow: {@code files.getUploadURLExternal}, the bytes POSTed to
 * the URL Slack gives, {@code files.completeUploadExternal} into the conversation. Done by hand
 * rather than with Bolt's {@code filesUploadV2}, which sends the bytes without a content type:
 * here they carry the attachment's own ({@code application/pdf}), and the name ends as that type
 * says (see {@link FileNames}). The Slack client's HTTP client is used, so its 429 handling
 * applies to every step. Takes the content in hand: a stored attachment's is read from the core's
 * file store first (see {@link FileDelivery}). Stateless.
 */
final class FileUpload {

    private FileUpload() {
    }

    /**
     * @return the id of the shared file
     * @throws se.connectbot.core.outbound.OutboundException when Slack refuses a step or cannot be reached
     */
    static String upload(MethodsClient client, String channel, @Nullable String threadTs, SlackFile.Inline file) {
        String name = FileNames.fitting(file.fileName(), file.contentType());
        FilesGetUploadURLExternalResponse target = SlackFailures.check("files.getUploadURLExternal",
                () -> client.filesGetUploadURLExternal(r -> r.filename(name).length(file.content().length)));
        if (target.getUploadUrl() == null || target.getFileId() == null) {
            throw new OutboundException(OutboundError.TRANSIENT, "files.getUploadURLExternal gave no upload URL");
        }
        send(client, target.getUploadUrl(), file);
        String title = file.title() == null || file.title().isBlank() ? name : file.title();
        FilesCompleteUploadExternalResponse done = SlackFailures.check("files.completeUploadExternal", () -> client.filesCompleteUploadExternal(r -> r
                .files(List.of(FileDetails.builder().id(target.getFileId()).title(title).build()))
                .channelId(channel)
                .threadTs(threadTs)));
        if (done.getFiles() == null || done.getFiles().isEmpty()) {
            throw new OutboundException(OutboundError.TRANSIENT, "files.completeUploadExternal shared no file");
        }
        return target.getFileId();
    }

    private static void send(MethodsClient client, String uploadUrl, SlackFile.Inline file) {
        MediaType type = MediaType.parse(file.contentType());
        Request request = new Request.Builder().url(uploadUrl).post(RequestBody.create(file.content(), type)).build();
        try (Response response = client.getSlackHttpClient().getOkHttpClient().newCall(request).execute()) {
            if (response.code() == 413) {
                throw new OutboundException(OutboundError.MESSAGE_TOO_LARGE, "Slack's upload URL refused the file's size");
            }
            if (!response.isSuccessful()) {
                throw new OutboundException(OutboundError.TRANSIENT, "Slack's upload URL answered " + response.code());
            }
        } catch (IOException e) {
            // the message only: the upload URL itself is a credential
            throw new OutboundException(OutboundError.TRANSIENT, "the upload failed: " + e.getMessage(), e);
        }
    }
}
