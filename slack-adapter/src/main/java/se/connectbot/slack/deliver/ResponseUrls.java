package se.connectbot.slack.deliver;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a {@code response_url} may point: Slack's hosts only. The URL comes inside a request, and
 * a signed request is not proof that its URL is Slack's (a leaked signing secret, a replay with a
 * changed payload in tests, a bug in what signs): followed blindly it would make the bot post to
 * any address it can reach, its own network included. Origins are compared exactly (scheme,
 * host, port); a URL with user info is never allowed. Besides the configured origins, the Web
 * API's own origin is trusted: the bot already sends its token there, so a URL on it risks
 * nothing more (and tests that fake the Web API fake the response URLs on the same server).
 * Immutable and thread-safe.
 */
public final class ResponseUrls {

    /** Slack's hosts for {@code response_url}s (commercial and GovSlack). */
    public static final Set<String> SLACK_ORIGINS = Set.of("https://hooks.slack.com", "https://hooks.slack-gov.com");

    private static final Logger log = LoggerFactory.getLogger(ResponseUrls.class);

    private final Set<String> origins;

    private ResponseUrls(Set<String> origins) {
        this.origins = origins;
    }

    /**
     * @param allowed origins such as {@code https://hooks.slack.com}; each must parse as one
     * @param apiUrl  the Web API base, whose origin is allowed too
     */
    public static ResponseUrls of(Collection<String> allowed, String apiUrl) {
        Set<String> origins = new java.util.HashSet<>();
        for (String each : allowed) {
            origins.add(origin(each.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "connectbot.slack.response-url-origins: not an http(s) origin: " + each)));
        }
        origin(apiUrl).ifPresent(origins::add);
        return new ResponseUrls(Set.copyOf(origins));
    }

    /** Whether a post to this URL stays with Slack. */
    public boolean allows(@Nullable String url) {
        return url != null && origin(url).filter(origins::contains).isPresent();
    }

    /** The host to name in a log line: never the path or query, which carry the URL's secret. */
    public static String hostOf(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? "(no host)" : host;
        } catch (URISyntaxException e) {
            return "(not a URL)";
        }
    }

    /** An OkHttp guard for a Slack client that must call nothing but these origins. */
    public Interceptor guard() {
        return chain -> {
            String url = chain.request().url().toString();
            if (!allows(url)) {
                log.warn("Refused to call {}: not one of Slack's hosts", hostOf(url));
                throw new IOException("refused to call a host that is not Slack's");
            }
            return chain.proceed(chain.request());
        };
    }

    private static Optional<String> origin(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return origins.stream().sorted().collect(Collectors.joining(", ", "ResponseUrls[", "]"));
    }
}
