package se.connectbot.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class AuthPropertiesTest {

    private static final AuthProperties.Client BOT = new AuthProperties.Client("Connect Bot", "connect-bot-secret",
            List.of("http://localhost:8080/oauth/callback"), Set.of("openid", "portal"), Set.of("operations.read"));
    private static final AuthProperties.Client OPERATOR = new AuthProperties.Client(null, "{noop}operator",
            List.of(), Set.of(), Set.of("outages.write"));

    @Test
    void takesTheIssuerFromTheSettingElseFromTheFixedPort() {
        assertThat(AuthConfiguration.issuer(properties(" ", Map.of("b", BOT)), 8081)).isEqualTo("http://localhost:8081");
        assertThat(AuthConfiguration.issuer(properties("https://portal.example", Map.of("b", BOT)), 8081))
                .isEqualTo("https://portal.example");
        assertThat(AuthConfiguration.issuer(properties(null, Map.of("b", BOT)), 0)).as("random port").isNull();
    }

    @Test
    void registersEachFlowOnlyWhereTheClientHasScopesForIt() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<RegisteredClient> clients = RegisteredClients.from(
                properties(null, Map.of("connect-bot", BOT, "connect-operator", OPERATOR)), encoder);

        RegisteredClient bot = clients.stream().filter(c -> c.getClientId().equals("connect-bot")).findFirst().orElseThrow();
        RegisteredClient operator = clients.stream().filter(c -> c.getClientId().equals("connect-operator")).findFirst().orElseThrow();
        assertThat(bot.getId()).isEqualTo("connect-bot");
        assertThat(bot.getAuthorizationGrantTypes()).containsExactlyInAnyOrder(AuthorizationGrantType.AUTHORIZATION_CODE,
                AuthorizationGrantType.REFRESH_TOKEN, AuthorizationGrantType.CLIENT_CREDENTIALS);
        assertThat(bot.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(bot.getClientSettings().isRequireAuthorizationConsent()).isFalse();
        assertThat(bot.getTokenSettings().isReuseRefreshTokens()).isFalse();
        assertThat(bot.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofMinutes(10));
        assertThat(bot.getTokenSettings().getRefreshTokenTimeToLive()).isEqualTo(Duration.ofDays(30));
        assertThat(bot.getClientSecret()).startsWith("{bcrypt}");
        assertThat(encoder.matches("connect-bot-secret", bot.getClientSecret())).isTrue();
        assertThat(ClientScopes.userScopes(bot)).containsExactlyInAnyOrder("openid", "portal");
        assertThat(ClientScopes.clientCredentialsScopes(bot)).containsExactly("operations.read");
        assertThat(operator.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
        assertThat(operator.getClientSecret()).as("already encoded").isEqualTo("{noop}operator");
        assertThat(operator.getRedirectUris()).isEmpty();
    }

    @Test
    void refusesAClientThatCannotWork() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuthProperties.Client(null, " ", List.of(), Set.of(), Set.of("outages.write")))
                .withMessageContaining("no secret");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuthProperties.Client(null, "s", List.of(), Set.of("portal"), Set.of()))
                .withMessageContaining("needs redirect-uris");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegisteredClients.from(properties(null, Map.of()),
                        PasswordEncoderFactories.createDelegatingPasswordEncoder()))
                .withMessageContaining("sandbox.auth.clients");
    }

    @Test
    void neverShowsSecretsInItsText() {
        AuthProperties properties = new AuthProperties(null, "-----BEGIN PRIVATE KEY-----x", Duration.ofMinutes(10),
                Duration.ofDays(30), Duration.ofMinutes(5), Map.of("connect-bot", BOT));

        assertThat(properties.toString()).doesNotContain("connect-bot-secret", "BEGIN PRIVATE KEY");
    }

    private static AuthProperties properties(String issuer, Map<String, AuthProperties.Client> clients) {
        return new AuthProperties(issuer, null, Duration.ofMinutes(10), Duration.ofDays(30), Duration.ofMinutes(5), clients);
    }
}
