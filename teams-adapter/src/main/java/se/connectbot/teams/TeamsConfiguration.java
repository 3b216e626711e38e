package se.connectbot.teams;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import se.connectbot.teams.auth.TokenCheck;
import se.connectbot.teams.bot.TeamsBotConfiguration;
import se.connectbot.teams.connector.Connector;
import se.connectbot.teams.connector.ConnectorTokens;
import se.connectbot.teams.connector.Pacing;
import se.connectbot.teams.render.CardRenderer;

/**
 * Wires the Teams adapter; active only when {@code MICROSOFT_APP_ID} is set ({@link TeamsSettings}).
 * Needs the core's {@code InboundDispatch}, {@code ConversationStore}, {@code FileStore} and
 * {@code DownloadLinks}, and a {@code ConsentedFiles} (bot-app gives the core's
 * {@code FileDownloads}). Serves {@code POST /api/messages}; offers the core's
 * {@code OutboundSender} and {@code ResumableSenders.Factory} for Teams. Keeps no tables of its
 * own: what Teams tells is kept in the core's conversation store, delivery log and accepted work.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TeamsConfiguration.TeamsConfigured.class)
@Import(TeamsBotConfiguration.class)
public class TeamsConfiguration {

    @Bean
    TeamsSettings teamsSettings(Environment environment) {
        return TeamsSettings.from(environment);
    }

    /** Jackson 2, as the SDK's model is annotated for; Teams adds fields at will, so unknown ones are skipped. */
    @Bean
    TeamsJson teamsJson() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return new TeamsJson(mapper);
    }

    /** HTTP/1.1 always: the JDK client's h2c upgrade on http:// loses request bodies at some servers (STACK.md trap 13). */
    static RestClient restClient(Duration readTimeout) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(readTimeout);
        return RestClient.builder().requestFactory(factory).build();
    }

    @Bean
    TokenCheck teamsTokenCheck(TeamsSettings settings, TeamsJson json, ObjectProvider<Clock> clock) {
        return TokenCheck.of(restClient(Duration.ofSeconds(5)), settings.openIdMetadataUrl(), json.mapper(), settings.appId(), clock(clock));
    }

    @Bean
    Connector teamsConnector(TeamsSettings settings, TeamsJson json, ObjectProvider<Clock> clock) {
        RestClient http = restClient(Duration.ofSeconds(20));
        ConnectorTokens tokens = new ConnectorTokens(http, settings.tokenUrl(), settings.appId(), settings.appPassword(), json.mapper(), clock(clock));
        return new Connector(http, tokens, json.mapper(), Connector.Backoff.standard(), Pacing.teams());
    }

    @Bean
    CardRenderer teamsCardRenderer() {
        return new CardRenderer();
    }

    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemUTC);
    }

    /** The adapter's Jackson 2 mapper, in a holder so that it is no {@code ObjectMapper} bean for Boot to pick up. */
    public record TeamsJson(ObjectMapper mapper) {
    }

    /** {@code MICROSOFT_APP_ID} is set. Public so that bot-app puts its Teams filter chain under the same condition. */
    public static final class TeamsConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TeamsSettings.configured(context.getEnvironment());
        }
    }
}
