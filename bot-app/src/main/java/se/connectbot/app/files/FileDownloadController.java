package se.connectbot.app.files;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.DownloadRefused;
import se.connectbot.core.files.FileDownloads;

/**
 * {@code GET /files/{id}?exp&sig}: a signed download link, made where a platform could not take
 * the file. The link only opens the door; the core checks the file's owner again (still linked,
 * still holding the file's right) before a byte goes out. A bad or tampered signature answers 403,
 * an expired link 410, an unknown or purged file 404, a lost right 403.
 */
@Controller
class FileDownloadController {

    private final FileDownloads downloads;

    FileDownloadController(FileDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(DownloadLinks.PATH + "{id}")
    @ResponseBody
    ResponseEntity<byte[]> download(@PathVariable String id,
                                   @RequestParam(defaultValue = "") String exp,
                                   @RequestParam(defaultValue = "") String sig) {
        return FileResponses.file(downloads.openLink(id, exp, sig));
    }

    @ExceptionHandler(DownloadRefused.class)
    ModelAndView refused(DownloadRefused refusal, HttpServletRequest request) {
        return FileResponses.refused(refusal, request.getLocale());
    }
}
