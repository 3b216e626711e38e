package se.connectbot.slack;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * The adapter's configuration, read under Bolt's usual environment variable names (so a Slack
 * app's usual set-up works as is) plus a few of ours:
 * <ul>
 *   <li>{@code SLACK_SIGNING_SECRET}: verifies requests in HTTP mode;</li>
 *   <li>{@code SLACK_BOT_TOKEN}: single-workspace mode;</li>
 *   <li>{@code SLACK_CLIENT_ID}, {@code SLACK_CLIENT_SECRET}: distribution through the OAuth
 *       install flow (wins over a bot token);</li>
 *   <li>{@code SLACK_APP_TOKEN}: Socket Mode instead of inbound HTTP;</li>
 *   <li>{@code SLACK_API_URL}: the Web API base, default {@code https://slack.com/api/};</li>
 *   <li>{@code SLACK_SCOPES}: the bot scopes asked for at install;</li>
 *   <li>{@code connectbot.public-base-url}: where Slack reaches us (the OAuth redirect URL);</li>
 *   <li>{@code connectbot.slack.response-url-origins}: where a {@code response_url} may point, comma-separated
 *       (default {@code https://hooks.slack.com,https://hooks.slack-gov.com}; the Web API's origin always).</li>
 * </ul>
 */
public record SlackSettings(
        @Nullable String signingSecret,
        @Nullable String botToken,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable String appToken,
        String apiUrl,
        String scopes,
        String publicBaseUrl,
        List<String> responseUrlOrigins) {

    static final String DEFAULT_API_URL = "https://slack.com/api/";
    static final List<String> DEFAULT_RESPONSE_URL_ORIGINS = List.of("https://hooks.slack.com", "https://hooks.slack-gov.com");
    static final String DEFAULT_SCOPES =
            "commands,chat:write,chat:write.public,im:history,im:read,im:write,app_mentions:read,files:write,team:read,users:read,"
                    + "channels:history,groups:history";

    public SlackSettings {
        if (blank(appToken) && blank(signingSecret)) {
            throw new IllegalArgumentException("SLACK_SIGNING_SECRET is required to verify Slack's requests (or SLACK_APP_TOKEN for Socket Mode)");
        }
        if (blank(botToken) && (blank(clientId) || blank(clientSecret))) {
            throw new IllegalArgumentException("set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (distribution)");
        }
        responseUrlOrigins = List.copyOf(responseUrlOrigins);
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    static SlackSettings from(Environment env) {
        return new SlackSettings(
                text(env, "SLACK_SIGNING_SECRET"), text(env, "SLACK_BOT_TOKEN"), text(env, "SLACK_CLIENT_ID"),
                text(env, "SLACK_CLIENT_SECRET"), text(env, "SLACK_APP_TOKEN"),
                env.getProperty("SLACK_API_URL", DEFAULT_API_URL),
                env.getProperty("SLACK_SCOPES", DEFAULT_SCOPES),
                env.getProperty("connectbot.public-base-url", "http://localhost:8080"),
                Arrays.stream(env.getProperty("connectbot.slack.response-url-origins", String.join(",", DEFAULT_RESPONSE_URL_ORIGINS))
                        .split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList());
    }

    /** Distribution through the OAuth install flow (installations in the database). */
    public boolean distributed() {
        return !blank(clientId) && !blank(clientSecret);
    }

    public boolean socketMode() {
        return !blank(appToken);
    }

    /** Whether Slack is configured at all: the adapter starts only then. */
    static boolean configured(Environment env) {
        return text(env, "SLACK_BOT_TOKEN") != null
                || (text(env, "SLACK_CLIENT_ID") != null && text(env, "SLACK_CLIENT_SECRET") != null);
    }

    private static @Nullable String text(Environment env, String name) {
        String value = env.getProperty(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "SlackSettings[distributed=" + distributed() + ", socketMode=" + socketMode() + ", apiUrl=" + apiUrl
                + ", publicBaseUrl=" + publicBaseUrl + "]";
    }
}
