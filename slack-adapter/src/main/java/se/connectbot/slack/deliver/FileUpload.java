package se.connectbot.slack.deliver;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
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
     * @throws SlackDeliveryException REJECTED when Slack refuses a step, UNREACHABLE when it cannot be reached
     */
    static void upload(MethodsClient client, String channel, @Nullable String threadTs, SlackFile.Inline file) {
        String name = FileNames.fitting(file.fileName(), file.contentType());
        FilesGetUploadURLExternalResponse target = call("files.getUploadURLExternal",
                () -> client.filesGetUploadURLExternal(r -> r.filename(name).length(file.content().length)));
        if (target.getUploadUrl() == null || target.getFileId() == null) {
            throw new SlackDeliveryException(SlackDeliveryException.Reason.REJECTED,
                    "files.getUploadURLExternal gave no upload URL");
        }
        send(client, target.getUploadUrl(), file);
        String title = file.title() == null || file.title().isBlank() ? name : file.title();
        FilesCompleteUploadExternalResponse done = call("files.completeUploadExternal", () -> client.filesCompleteUploadExternal(r -> r
                .files(List.of(FileDetails.builder().id(target.getFileId()).title(title).build()))
                .channelId(channel)
                .threadTs(threadTs)));
        if (done.getFiles() == null || done.getFiles().isEmpty()) {
            throw new SlackDeliveryException(SlackDeliveryException.Reason.REJECTED, "files.completeUploadExternal shared no file");
        }
    }

    private static void send(MethodsClient client, String uploadUrl, SlackFile.Inline file) {
        MediaType type = MediaType.parse(file.contentType());
        Request request = new Request.Builder().url(uploadUrl).post(RequestBody.create(file.content(), type)).build();
        try (Response response = client.getSlackHttpClient().getOkHttpClient().newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new SlackDeliveryException(SlackDeliveryException.Reason.REJECTED,
                        "Slack's upload URL answered " + response.code());
            }
        } catch (IOException e) {
            // the message only: the upload URL itself is a credential
            throw new SlackDeliveryException(SlackDeliveryException.Reason.UNREACHABLE, "the upload failed: " + e.getMessage(), e);
        }
    }

    private static <T extends com.slack.api.methods.SlackApiTextResponse> T call(String method, SlackCall<T> call) {
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
    private interface SlackCall<T> {
        T run() throws IOException, SlackApiException;
    }
}
