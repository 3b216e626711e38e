package se.connectbot.coretesting;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import se.connectbot.core.linking.PortalSignIn;
import se.connectbot.core.linking.SignInTokens;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;

/**
 * An authorization server in memory: codes issued for a username (as if the user signed in),
 * PKCE checked, access tokens that expire after ten minutes on the given clock, refresh tokens
 * that rotate (a used one is burnt: using it again is refused, as a real server does), and
 * revocation. Thread-safe.
 */
public final class FakeAuthorizationServer implements PortalSignIn {

    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(10);

    private final Clock clock;
    private final AtomicInteger counter = new AtomicInteger();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger refreshesInTransaction = new AtomicInteger();
    private volatile java.time.Duration latency = java.time.Duration.ZERO;
    private volatile boolean down;

    public FakeAuthorizationServer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public URI authorizeUrl(String state, String codeChallenge, URI redirectUri, Set<String> scopes) {
        return URI.create("https://portal.example/oauth2/authorize?response_type=code&client_id=connect-bot&state=" + state
                + "&code_challenge=" + codeChallenge + "&code_challenge_method=S256&redirect_uri="
                + URLEncoder.encode(redirectUri.toString(), StandardCharsets.UTF_8) + "&scope=" + String.join("+", scopes));
    }

    /** The code the portal would send to the callback after {@code username} signed in for this authorize URL. */
    public String signIn(URI authorizeUrl, String username) {
        String challenge = parameter(authorizeUrl, "code_challenge");
        String code = "code-" + counter.incrementAndGet();
        codes.put(code, new Grant(username, challenge));
        return code;
    }

    @Override
    public SignInTokens exchangeCode(String code, String codeVerifier, URI redirectUri) {
        failIfDown();
        Grant grant = codes.remove(code);
        if (grant == null || !grant.challenge().equals(Pkce.challenge(codeVerifier))) {
            throw new PortalException(PortalError.NOT_SIGNED_IN, "invalid_grant");
        }
        return issue(grant.username());
    }

    @Override
    public SignInTokens refresh(String refreshToken) {
        failIfDown();
        refreshes.incrementAndGet();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            refreshesInTransaction.incrementAndGet(); // a pool connection (and the link's row lock) held over the network
        }
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String username = refreshTokens.remove(refreshToken);
        if (username == null) {
            throw new PortalException(PortalError.NOT_SIGNED_IN, "invalid_grant: refresh token unknown or used");
        }
        return issue(username);
    }

    @Override
    public void revoke(String token) {
        accessTokens.remove(token);
        refreshTokens.remove(token);
    }

    /** The end-session endpoint of an OpenID Connect server, with the hint and the way back. */
    @Override
    public Optional<URI> endSessionUrl(String idToken, URI afterSignOut) {
        return Optional.of(URI.create("https://portal.example/connect/logout?id_token_hint=" + idToken
                + "&post_logout_redirect_uri=" + URLEncoder.encode(afterSignOut.toString(), StandardCharsets.UTF_8)));
    }

    /** What the portal would see for this bearer token: the username, while valid. */
    public Optional<String> userOf(String accessToken) {
        AccessToken token = accessTokens.get(accessToken);
        return token == null || !clock.instant().isBefore(token.expiresAt()) ? Optional.empty() : Optional.of(token.username());
    }

    /** How many refresh tokens of a user the portal would still honour. */
    public long liveRefreshTokens(String username) {
        return refreshTokens.values().stream().filter(username::equals).count();
    }

    /** Revokes every token of a user, as an administrator would at the portal. */
    public void revokeAll(String username) {
        accessTokens.values().removeIf(t -> t.username().equals(username));
        refreshTokens.values().removeIf(username::equals);
    }

    public int refreshCount() {
        return refreshes.get();
    }

    /** Refreshes asked for while the caller's thread held a database transaction. */
    public int refreshesInTransaction() {
        return refreshesInTransaction.get();
    }

    /** How long each refresh takes from now on, as a slow token endpoint would. */
    public void latency(java.time.Duration each) {
        this.latency = each;
    }

    public void down(boolean isDown) {
        this.down = isDown;
    }

    private SignInTokens issue(String username) {
        int n = counter.incrementAndGet();
        String access = "at-" + n;
        String refresh = "rt-" + n;
        accessTokens.put(access, new AccessToken(username, clock.instant().plus(ACCESS_TOKEN_LIFETIME)));
        refreshTokens.put(refresh, username);
        return new SignInTokens(access, refresh, clock.instant().plus(ACCESS_TOKEN_LIFETIME), "openid portal", "id-" + n);
    }

    private void failIfDown() {
        if (down) {
            throw new PortalException(PortalError.UNAVAILABLE, "the authorization server is down");
        }
    }

    private static String parameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new IllegalArgumentException("no " + name + " in " + uri);
    }

    private record Grant(String username, String challenge) {
    }

    private record AccessToken(String username, java.time.Instant expiresAt) {
    }

    /** PKCE S256, computed independently of the production code. */
    private static final class Pkce {
        static String challenge(String verifier) {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
