package se.connectbot.teams;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * The Teams settings, under the names Azure's own documentation gives them (environment
 * variables, or properties of the same name): {@code MICROSOFT_APP_ID} and
 * {@code MICROSOFT_APP_PASSWORD} (the Azure Bot's app registration), {@code MICROSOFT_APP_TENANT_ID}
 * (single-tenant bots; unset: multi-tenant), {@code TEAMS_OPENID_METADATA_URL} and
 * {@code TEAMS_TOKEN_URL} (Microsoft's by default; tests and staging point them elsewhere),
 * {@code TEAMS_UPLOAD_ORIGINS} (where an accepted file may be uploaded: SharePoint's hosts by default).
 * Read by name rather than bound with a prefix because those names are what an Azure operator
 * knows; checked at start, naming the setting that is wrong.
 */
public record TeamsSettings(String appId, String appPassword, @Nullable String tenantId, URI openIdMetadataUrl, URI tokenUrl,
                            List<String> uploadOrigins) {

    public static final String APP_ID = "MICROSOFT_APP_ID";
    public static final String DEFAULT_OPENID_METADATA = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public static final String UPLOAD_ORIGINS = "TEAMS_UPLOAD_ORIGINS";
    /** SharePoint's hosts, where a person's OneDrive takes an accepted file: commercial, GCC High/DoD and China. */
    public static final List<String> DEFAULT_UPLOAD_ORIGINS = List.of("https://*.sharepoint.com", "https://*.sharepoint.us",
            "https://*.sharepoint-mil.us", "https://*.sharepoint.cn");

    public TeamsSettings {
        require(appId, APP_ID);
        require(appPassword, "MICROSOFT_APP_PASSWORD");
        requireWeb(openIdMetadataUrl, "TEAMS_OPENID_METADATA_URL");
        requireWeb(tokenUrl, "TEAMS_TOKEN_URL");
        uploadOrigins = List.copyOf(uploadOrigins);
    }

    static TeamsSettings from(Environment env) {
        String tenant = blankToNull(env.getProperty("MICROSOFT_APP_TENANT_ID"));
        String defaultTokenUrl = "https://login.microsoftonline.com/" + (tenant == null ? "botframework.com" : tenant) + "/oauth2/v2.0/token";
        return new TeamsSettings(env.getProperty(APP_ID, ""), env.getProperty("MICROSOFT_APP_PASSWORD", ""), tenant,
                uri(env.getProperty("TEAMS_OPENID_METADATA_URL", DEFAULT_OPENID_METADATA), "TEAMS_OPENID_METADATA_URL"),
                uri(env.getProperty("TEAMS_TOKEN_URL", defaultTokenUrl), "TEAMS_TOKEN_URL"),
                Arrays.stream(env.getProperty(UPLOAD_ORIGINS, String.join(",", DEFAULT_UPLOAD_ORIGINS)).split(","))
                        .map(String::strip).filter(o -> !o.isEmpty()).toList());
    }

    /** Whether Teams is configured at all: the adapter starts only then. */
    public static boolean configured(Environment env) {
        return blankToNull(env.getProperty(APP_ID)) != null;
    }

    private static URI uri(String value, String name) {
        try {
            return URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be a URL but was '" + value + "'", e);
        }
    }

    private static void require(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be set when " + APP_ID + " is (the Azure Bot's app registration)");
        }
    }

    private static void requireWeb(URI uri, String name) {
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException(name + " must be an http(s) URL but was '" + uri + "'");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "TeamsSettings[appId=" + appId + ", tenantId=" + tenantId + ", openIdMetadataUrl=" + openIdMetadataUrl
                + ", tokenUrl=" + tokenUrl + ", uploadOrigins=" + uploadOrigins + ", appPassword=(hidden)]";
    }
}
