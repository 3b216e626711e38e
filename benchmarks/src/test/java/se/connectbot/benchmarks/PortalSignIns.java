package se.connectbot.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import se.connectbot.coretesting.SandboxSignIn;
import se.connectbot.portal.client.PortalClientConfig;
import se.connectbot.portal.client.PortalClients;

/**
 * A real access token for a demo user, got the way the bot gets one: the authorization code
 * flow with PKCE through the sandbox's login form (bot-core's {@link SandboxSignIn} plays the
 * browser), the code exchanged by the portal client's {@code PortalOAuth}.
 */
final class PortalSignIns {

    /** The redirect URI the stand-alone sandbox registers for the bot by default. */
    static final URI DEFAULT_REDIRECT = URI.create("http://localhost:8080/oauth/callback");
    static final String ANNA = "anna.admin@nordkust.se";

    private static final SecureRandom RANDOM = new SecureRandom();

    private PortalSignIns() {
    }

    static String accessToken(URI sandbox, String username, URI redirectUri) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", "connect-bot");
        parameters.put("scope", "openid portal");
        parameters.put("redirect_uri", redirectUri.toString());
        parameters.put("state", UUID.randomUUID().toString());
        parameters.put("code_challenge", challenge(verifier));
        parameters.put("code_challenge_method", "S256");
        URI authorize = sandbox.resolve("/oauth2/authorize?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        Map<String, String> callback = SandboxSignIn.callback(authorize, username, SandboxSignIn.DEMO_PASSWORD);
        if (!callback.containsKey("code")) {
            throw new IllegalStateException("the sandbox refused the sign-in of " + username + ": " + callback);
        }
        return PortalClients.oauth(PortalClientConfig.of(sandbox, "connect-bot", "connect-bot-secret"))
                .exchangeCode(callback.get("code"), verifier, redirectUri).accessToken();
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
