package se.connectbot.app.webchat;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands a delivered file to the browser session it was delivered to; anyone else, or after the
 * file's lifetime, gets 404.
 */
@RestController
@ConditionalOnBooleanProperty(name = "connectbot.web-chat.enabled", matchIfMissing = true)
class ChatFilesController {

    private final ChatFiles files;

    ChatFilesController(ChatFiles files) {
        this.files = files;
    }

    @GetMapping(ReplyViews.FILES_PATH + "{id}")
    ResponseEntity<byte[]> file(@PathVariable String id, @Nullable HttpSession session) {
        return ChatSession.existing(session)
                .flatMap(chat -> files.find(id, chat.user()))
                .map(ChatFilesController::download)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> download(ChatFiles.StoredFile file) {
        return ResponseEntity.ok()
                .contentType(mediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
