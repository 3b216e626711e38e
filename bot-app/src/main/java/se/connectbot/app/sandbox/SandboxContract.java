package se.connectbot.app.sandbox;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's own setting names (its {@code sandbox.auth.*}) for what depends on where the
 * sandbox and the bot run, kept in one place because they are the sandbox module's names, not
 * ours; and the demo client the bot uses there.
 */
final class SandboxContract {

    static final String CLIENT_ID = "connect-bot";
    static final String CLIENT_SECRET = "connect-bot-secret";

    private SandboxContract() {
    }

    /**
     * @param callback the bot's OAuth callback as configured ({@code <public-base-url>/oauth/callback})
     */
    static Map<String, Object> describe(int sandboxPort, int botPort, String callback) {
        Set<String> redirectUris = new LinkedHashSet<>();
        redirectUris.add(callback);
        redirectUris.add("http://localhost:" + botPort + "/oauth/callback");
        redirectUris.add("http://127.0.0.1:" + botPort + "/oauth/callback");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("sandbox.auth.issuer", "http://localhost:" + sandboxPort);
        properties.put("sandbox.auth.clients." + CLIENT_ID + ".secret", CLIENT_SECRET);
        properties.put("sandbox.auth.clients." + CLIENT_ID + ".redirect-uris", String.join(",", redirectUris));
        return properties;
    }
}
