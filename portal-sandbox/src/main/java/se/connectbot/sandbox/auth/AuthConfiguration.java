package se.connectbot.sandbox.auth;

import static org.springframework.security.config.Customizer.withDefaults;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The sandbox's security: the authorization server, the API as a resource server and the login
 * app, each its own filter chain (declaring one turns Boot's defaults off, so all three are here),
 * and the beans they share. Kept in one class, a little over the usual size, so the whole
 * security picture reads in one place.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
class AuthConfiguration {

    static final String LOGIN_PAGE = "/login";

    /** Chain 1: the OAuth 2.0 / OpenID Connect endpoints; a browser that is not signed in goes to the login page. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) {
        http.oauth2AuthorizationServer(as -> {
                    http.securityMatcher(as.getEndpointsMatcher());
                    as.oidc(withDefaults())
                            .authorizationEndpoint(endpoint -> endpoint
                                    .authenticationProviders(ClientScopes::restrictAuthorizationRequests))
                            .tokenEndpoint(endpoint -> endpoint
                                    .accessTokenRequestConverters(ClientScopes::defaultClientCredentialsScopes)
                                    .authenticationProviders(ClientScopes::restrictClientCredentials));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                // the OIDC user info endpoint takes the access token
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()));
        return http.build();
    }

    /** Chain 2: the Portal API, stateless, bearer JWTs only, scopes as {@link ApiScopes} says, refusals as problems. */
    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http) {
        ApiProblems problems = new ApiProblems();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    ApiScopes.RULES.forEach(rule -> requests.requestMatchers(rule.pattern()).hasAnyAuthority(rule.authorities()));
                    requests.anyRequest().denyAll();
                })
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * Chain 3: everything else — the login page and form, logout, the signed-in start page. The
     * health endpoint is public, and so is {@code /error}, or an API error forwarded there would
     * turn into a redirect to the login page.
     */
    @Bean
    @Order(3)
    SecurityFilterChain appChain(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        // the path with any query (?lang=en): formLogin's permitAll() matches the exact URL only
                        .requestMatchers(LOGIN_PAGE, "/error", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll())
                .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout").permitAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PortalUserDetailsService portalUserDetailsService(JdbcOperations jdbc) {
        return new PortalUserDetailsService(jdbc);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(AuthProperties properties, PasswordEncoder passwordEncoder) {
        return new InMemoryRegisteredClientRepository(RegisteredClients.from(properties, passwordEncoder));
    }

    /** In PostgreSQL (migration V100), so codes and tokens survive a restart. */
    @Bean
    OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthProperties properties, Environment environment) {
        String issuer = issuer(properties, environment.getProperty("server.port", Integer.class, 8080));
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        return issuer == null ? settings.build() : settings.issuer(issuer).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(AuthProperties properties, JdbcOperations jdbc) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeys.load(properties, jdbc)));
    }

    /** Validates tokens against the server's own key (no HTTP round trip), and the issuer when it is fixed. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, AuthorizationServerSettings settings) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        decoder.setJwtValidator(settings.getIssuer() == null
                ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithIssuer(settings.getIssuer()));
        return decoder;
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(JdbcOperations jdbc) {
        return new IdTokenClaims(jdbc);
    }

    /**
     * The configured issuer; else {@code http://localhost:<port>}; with a random port
     * ({@code 0}, as in tests) none, so that each request's origin is the issuer.
     */
    static @Nullable String issuer(AuthProperties properties, int serverPort) {
        if (properties.issuer() != null) {
            return properties.issuer();
        }
        return serverPort > 0 ? "http://localhost:" + serverPort : null;
    }
}
