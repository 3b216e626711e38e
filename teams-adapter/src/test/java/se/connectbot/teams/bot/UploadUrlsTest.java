package se.connectbot.teams.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.connectbot.teams.TeamsSettings;

class UploadUrlsTest {

    private final UploadUrls sharePoint = UploadUrls.of(TeamsSettings.DEFAULT_UPLOAD_ORIGINS, TeamsSettings.UPLOAD_ORIGINS);

    @Test
    void allowsAPersonsOneDriveOnSharePointsHostsOnly() {
        assertThat(sharePoint.allows("https://nordkust-my.sharepoint.com/personal/anna/_api/v2.0/drive/upload?tempauth=x")).isTrue();
        assertThat(sharePoint.allows("https://contoso-my.sharepoint.us/personal/x")).isTrue();
        assertThat(sharePoint.allows("http://nordkust-my.sharepoint.com/personal/anna")).as("not https").isFalse();
        assertThat(sharePoint.allows("https://sharepoint.com.evil.example/x")).isFalse();
        assertThat(sharePoint.allows("https://evilsharepoint.com/x")).isFalse();
        assertThat(sharePoint.allows("https://nordkust-my.sharepoint.com:8443/x")).as("another port").isFalse();
        assertThat(sharePoint.allows("https://user@nordkust-my.sharepoint.com/x")).as("user info").isFalse();
        assertThat(sharePoint.allows("http://127.0.0.1:8080/actuator")).isFalse();
        assertThat(sharePoint.allows("not a url")).isFalse();
    }

    @Test
    void anExactOriginAllowsThatOriginOnly() {
        UploadUrls local = UploadUrls.of(List.of("http://localhost:8089"), TeamsSettings.UPLOAD_ORIGINS);
        assertThat(local.allows("http://localhost:8089/onedrive/upload/x")).isTrue();
        assertThat(local.allows("http://127.0.0.1:8089/onedrive/upload/x")).isFalse();
        assertThat(local.allows("http://localhost:8090/onedrive/upload/x")).isFalse();
    }

    @Test
    void aSettingThatIsNoOriginStopsTheStartNamingIt() {
        assertThatThrownBy(() -> UploadUrls.of(List.of("https://*.sharepoint.com/personal"), TeamsSettings.UPLOAD_ORIGINS))
                .hasMessageContaining("TEAMS_UPLOAD_ORIGINS").hasMessageContaining("https://*.sharepoint.com/personal");
        assertThatThrownBy(() -> UploadUrls.of(List.of("ftp://files.example"), TeamsSettings.UPLOAD_ORIGINS))
                .hasMessageContaining("TEAMS_UPLOAD_ORIGINS");
    }
}
