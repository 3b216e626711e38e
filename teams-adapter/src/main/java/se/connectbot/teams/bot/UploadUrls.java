package se.connectbot.teams.bot;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a file consent's {@code uploadUrl} may point: the person's OneDrive, on SharePoint's hosts.
 * The URL comes inside an activity, and a signed activity is not proof that the URL is
 * Microsoft's (a bug in what signs, a client that fills the invoke itself): followed blindly it
 * would make the bot PUT a file to any address it can reach, its own network included (as
 * {@code response_url} did on Slack, issue 7). Each allowed origin is {@code scheme://host[:port]},
 * where the host may start with {@code *.} for any name under it; a URL with user info is never
 * allowed. Immutable and thread-safe.
 */
record UploadUrls(List<Origin> origins) {

    UploadUrls {
        origins = List.copyOf(origins);
    }

    /** @throws IllegalArgumentException naming the setting and the value that is no origin */
    static UploadUrls of(List<String> allowed, String setting) {
        return new UploadUrls(allowed.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(each -> Origin.parse(each).orElseThrow(() -> new IllegalArgumentException(
                        setting + ": not an http(s) origin such as https://*.sharepoint.com but '" + each + "'")))
                .toList());
    }

    boolean allows(String url) {
        return Origin.parse(url, false).filter(candidate -> origins.stream().anyMatch(o -> o.covers(candidate))).isPresent();
    }

    /** The host to name in a log line: never the path or query, which carry the upload's grant. */
    static String hostOf(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? "(no host)" : host;
        } catch (URISyntaxException e) {
            return "(not a URL)";
        }
    }

    /** @param host a host name, or {@code .name} for any host under that name */
    record Origin(String scheme, String host, int port) {

        boolean covers(Origin url) {
            boolean host = this.host.startsWith(".") ? url.host.endsWith(this.host) : url.host.equals(this.host);
            return scheme.equals(url.scheme) && port == url.port && host;
        }

        /** An allowed origin as configured: no path, the host possibly {@code *.name}. */
        static Optional<Origin> parse(String origin) {
            boolean wildcard = origin.contains("://*.");
            return parse(origin.replace("://*.", "://"), true)
                    .map(o -> wildcard ? new Origin(o.scheme, "." + o.host, o.port) : o);
        }

        private static Optional<Origin> parse(String url, boolean originOnly) {
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null
                        || originOnly && !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
                    return Optional.empty();
                }
                int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
                return Optional.of(new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }
    }
}
