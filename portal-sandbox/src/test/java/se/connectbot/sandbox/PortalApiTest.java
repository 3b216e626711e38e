package se.connectbot.sandbox;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The base of the API tests: the whole sandbox on the embedded PostgreSQL with its demo data,
 * one application context for every test class of the module (the same configuration as the
 * authorization server's tests, so Spring reuses it). Requests go through the real security
 * filter chains with bearer tokens signed by the sandbox's own key, as the authorization
 * server would issue them. The demo data is dated relative to the clock, so tests read dates
 * against {@link #clock}, never against fixed days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PortalApiTest {

    public static final String ANNA = "anna.admin@nordkust.se";
    public static final String KARL = "karl.konto@nordkust.se";
    public static final String NINA = "nina.utanfaktura@nordkust.se";
    public static final String LARS = "lars.lasare@nordkust.se";
    public static final String ERIK = "erik.admin@fjallbygg.se";
    public static final String SOFIA = "sofia.admin@solvikvard.se";
    public static final List<String> DEMO_USERS = List.of(ANNA, KARL, NINA, LARS, ERIK, SOFIA);

    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected Clock clock;

    @Autowired
    private JWKSource<SecurityContext> signingKeys;

    protected Oracle oracle;

    private MockMvc mvc;

    @BeforeEach
    void setUpApi() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        oracle = new Oracle(jdbc, clock);
    }

    /** Calls as the portal user {@code username}, with a token of scope {@code portal}. */
    protected ApiCalls as(String username) {
        return new ApiCalls(mvc, token(username, "portal"));
    }

    /** Calls as a client for itself (client credentials), e.g. the bot with {@code operations.read}. */
    protected ApiCalls asClient(String clientId, String scope) {
        return new ApiCalls(mvc, token(clientId, scope));
    }

    protected ApiCalls anonymous() {
        return new ApiCalls(mvc, null);
    }

    /** A bearer token for {@code subject} with {@code scope}, signed as the authorization server signs its own. */
    protected String bearerToken(String subject, String scope) {
        return token(subject, scope);
    }

    private String token(String subject, String scope) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(subject)
                .claim("scope", List.of(scope.split(" ")))
                .issuedAt(now)
                .expiresAt(now.plus(10, ChronoUnit.MINUTES))
                .build();
        return new NimbusJwtEncoder(signingKeys)
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }
}
