package se.connectbot.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import se.connectbot.core.files.DownloadRefused;

class FileResponsesTest {

    @Test
    void anExpiredLinkIsGoneInTheBrowsersLanguage() {
        ModelAndView sv = FileResponses.refused(new DownloadRefused(DownloadRefused.Reason.LINK_EXPIRED), Locale.forLanguageTag("sv-SE"));
        ModelAndView en = FileResponses.refused(new DownloadRefused(DownloadRefused.Reason.LINK_EXPIRED), Locale.UK);

        assertThat(sv.getStatus()).isEqualTo(HttpStatus.GONE);
        assertThat(page(sv).message()).isEqualTo("Länken har gått ut. Be boten om filen igen.");
        assertThat(page(sv).lang()).isEqualTo("sv");
        assertThat(page(en).message()).isEqualTo("The link has expired. Ask the bot for the file again.");
        assertThat(page(en).success()).isFalse();
    }

    @Test
    void answersEachRefusalWithItsStatusAndSwedishForOtherLanguages() {
        assertThat(FileResponses.status(DownloadRefused.Reason.NOT_FOUND)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(FileResponses.status(DownloadRefused.Reason.BAD_LINK)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(FileResponses.status(DownloadRefused.Reason.NOT_SIGNED_IN)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(FileResponses.status(DownloadRefused.Reason.NO_RIGHT)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(FileResponses.status(DownloadRefused.Reason.PORTAL_UNAVAILABLE)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        ModelAndView german = FileResponses.refused(new DownloadRefused(DownloadRefused.Reason.NO_RIGHT), Locale.GERMANY);
        assertThat(page(german).message()).startsWith("Du har inte längre behörighet");
    }

    private static FileResponses.Page page(ModelAndView view) {
        return (FileResponses.Page) view.getModel().get("page");
    }
}
