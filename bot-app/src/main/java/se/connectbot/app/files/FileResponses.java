package se.connectbot.app.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import se.connectbot.core.files.DownloadRefused;
import se.connectbot.core.files.FileDownloads;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;

/**
 * How every download answers: the file as an attachment the browser saves and never renders
 * (its own type, {@code nosniff}, not cached), or a small page in the browser's language (Swedish
 * unless English) with a status that says why not — never the file. Stateless.
 */
public final class FileResponses {

    private FileResponses() {
    }

    public static ResponseEntity<byte[]> file(FileDownloads.Download download) {
        return ResponseEntity.ok()
                .contentType(mediaType(download.file().contentType()))
                .contentLength(download.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.file().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(download.content());
    }

    /** The page for a refusal, on the template of the sign-in's outcome page. */
    public static ModelAndView refused(DownloadRefused refusal, Locale browser) {
        Messages messages = Messages.of(Language.of(browser).orElse(Language.DEFAULT));
        ModelAndView view = new ModelAndView("signed-in");
        view.addObject("page", new Page(messages.language().code(), messages.get("files.page.title"),
                messages.get(key(refusal.reason())), false));
        view.setStatus(status(refusal.reason()));
        return view;
    }

    /** What the page shows; the template's fields. */
    public record Page(String lang, String title, String message, boolean success) {
    }

    static HttpStatus status(DownloadRefused.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case LINK_EXPIRED -> HttpStatus.GONE;
            case BAD_LINK, NOT_SIGNED_IN, NO_RIGHT -> HttpStatus.FORBIDDEN;
            case PORTAL_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    private static String key(DownloadRefused.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> "files.page.not.found";
            case LINK_EXPIRED -> "files.page.expired";
            case BAD_LINK -> "files.page.bad.link";
            case NOT_SIGNED_IN -> "files.page.not.signed.in";
            case NO_RIGHT -> "files.page.no.right";
            case PORTAL_UNAVAILABLE -> "files.page.unavailable";
        };
    }

    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
