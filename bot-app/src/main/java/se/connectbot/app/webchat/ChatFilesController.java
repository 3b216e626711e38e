package se.connectbot.app.webchat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import se.connectbot.app.files.FileResponses;
import se.connectbot.core.files.DownloadRefused;
import se.connectbot.core.files.FileDownloads;
import se.connectbot.core.reply.FileRef;

/**
 * Hands a delivered file, from the core's file store, to the chat user of the browser session it
 * was delivered to, while they are still linked with the file's right; anyone else, or after the
 * file's time, gets 404. Any instance of the bot serves it (the store and the session are in
 * PostgreSQL).
 */
@Controller
@ConditionalOnBooleanProperty(name = "connectbot.web-chat.enabled", matchIfMissing = true)
class ChatFilesController {

    private final FileDownloads downloads;

    ChatFilesController(FileDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(ReplyViews.FILES_PATH + "{id}")
    @ResponseBody
    ResponseEntity<byte[]> file(@PathVariable String id, @Nullable HttpSession session) {
        FileRef ref = FileRef.parse(id).orElseThrow(() -> new DownloadRefused(DownloadRefused.Reason.NOT_FOUND));
        ChatSession chat = ChatSession.existing(session).orElseThrow(() -> new DownloadRefused(DownloadRefused.Reason.NOT_FOUND));
        return FileResponses.file(downloads.open(ref, chat.user()));
    }

    @ExceptionHandler(DownloadRefused.class)
    ModelAndView refused(DownloadRefused refusal, HttpServletRequest request) {
        return FileResponses.refused(refusal, request.getLocale());
    }
}
