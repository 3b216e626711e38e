package se.connectbot.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.util.http.SlackHttpClient;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.CoreConfiguration;
import se.connectbot.core.housekeeping.Sweep;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.forms.ParkedForms;
import se.connectbot.core.i18n.UserLanguages;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.dispatch.InboundDispatch;
import se.connectbot.core.dispatch.ResumableSenders;
import se.connectbot.slack.deliver.ReplyDelivery;
import se.connectbot.slack.deliver.ResponseUrlBudget;
import se.connectbot.slack.deliver.ResponseUrls;
import se.connectbot.slack.deliver.RetryAfterInterceptor;
import se.connectbot.slack.deliver.SlackSender;
import se.connectbot.slack.deliver.SlackUploadSettings;
import se.connectbot.slack.inbound.SlackEventsController;
import se.connectbot.slack.inbound.SlackListeners;
import se.connectbot.slack.inbound.SocketModeRunner;
import se.connectbot.slack.install.BotTokens;
import se.connectbot.slack.install.InstallationEvents;
import se.connectbot.slack.install.JdbcInstallationService;
import se.connectbot.slack.install.JdbcOAuthStateService;
import se.connectbot.slack.render.BlockKitRenderer;

/**
 * Wires the Slack adapter; active only when Slack credentials are configured
 * ({@code SLACK_BOT_TOKEN}, or {@code SLACK_CLIENT_ID} and {@code SLACK_CLIENT_SECRET}). Needs
 * the core's {@link InboundDispatch} (which runs the core's engine for every adapter: claims,
 * "working on it", failures), {@link TokenCipher}, {@link FileStore}, {@link DownloadLinks} and
 * {@link UserLanguages}, a
 * {@code JdbcClient} and Boot's Flyway, to which it adds its migrations
 * ({@value #MIGRATIONS}, versions from 1001). Serves {@code /slack/events},
 * {@code /slack/install}, {@code /slack/oauth_redirect}; with {@code SLACK_APP_TOKEN} also connects
 * in Socket Mode. Offers the core's
 * {@code OutboundSender} for Slack ({@link SlackSender}) for what the bot says unasked, and adds
 * each workspace's enterprise id to the core's {@link ConversationStore} when there is one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfiguration.SlackConfigured.class)
@EnableConfigurationProperties(SlackUploadSettings.class)
public class SlackConfiguration {

    /** Where the adapter's Flyway migrations live (versions from 1001, beside the core's). */
    public static final String MIGRATIONS = "classpath:db/slack";

    /** Adds the adapter's migrations to the application's Flyway ({@link CoreConfiguration#alsoMigrate}). */
    @Bean
    FlywayConfigurationCustomizer slackMigrations() {
        return CoreConfiguration.alsoMigrate(MIGRATIONS);
    }

    @Bean
    SlackSettings slackSettings(Environment environment) {
        return SlackSettings.from(environment);
    }

    @Bean
    Slack slackClient(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false);
        config.setHttpClientReadTimeoutMillis(15_000);
        config.setHttpClientCallTimeoutMillis(60_000);
        OkHttpClient okHttp = SlackHttpClient.buildOkHttpClient(config, Map.of("connect-bot", "1"))
                .newBuilder()
                .addInterceptor(RetryAfterInterceptor.standard())
                .build();
        SlackHttpClient http = new SlackHttpClient(okHttp);
        http.setConfig(config);
        return Slack.getInstance(config, http);
    }

    @Bean
    ResponseUrls slackResponseUrls(SlackSettings settings) {
        return ResponseUrls.of(settings.responseUrlOrigins(), settings.apiUrl());
    }

    /**
     * Bolt's own client, for what Bolt calls on the request thread before we acknowledge
     * ({@code auth.test}, the "please install" note to a {@code response_url}) and for the OAuth
     * exchange. No waiting out a 429 (the delivery client's {@link RetryAfterInterceptor}): Slack
     * wants its answer within 3 s, and a rate-limited {@code auth.test} is better a quick 503,
     * which Slack retries, than a late answer; {@code auth.test} also gets short timeouts (the
     * OAuth exchange keeps the usual ones: a person waits for it, not Slack). And it calls nothing
     * but Slack's hosts, whatever URL a request names.
     */
    static Slack boltClient(SlackSettings settings, ResponseUrls responseUrls) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false);
        config.setHttpClientReadTimeoutMillis(15_000);
        config.setHttpClientCallTimeoutMillis(30_000);
        OkHttpClient okHttp = SlackHttpClient.buildOkHttpClient(config, Map.of("connect-bot", "1"))
                .newBuilder()
                .addInterceptor(responseUrls.guard())
                .addInterceptor(AUTH_TEST_TIMEOUTS)
                .build();
        SlackHttpClient http = new SlackHttpClient(okHttp);
        http.setConfig(config);
        return Slack.getInstance(config, http);
    }

    /** {@code auth.test} runs before Slack's request is acknowledged: at most about 2 s of it. */
    static final Interceptor AUTH_TEST_TIMEOUTS = chain -> chain.request().url().encodedPath().endsWith("/auth.test")
            ? chain.withConnectTimeout(1, TimeUnit.SECONDS).withReadTimeout(2, TimeUnit.SECONDS)
                    .withWriteTimeout(1, TimeUnit.SECONDS).proceed(chain.request())
            : chain.proceed(chain.request());

    @Bean
    JdbcInstallationService slackInstallations(JdbcClient jdbc, TokenCipher tokenCipher) {
        return new JdbcInstallationService(jdbc, tokenCipher);
    }

    @Bean
    BotTokens slackBotTokens(SlackSettings settings, JdbcInstallationService installations) {
        return settings.distributed() ? BotTokens.installed(installations) : BotTokens.single(Objects.requireNonNull(settings.botToken(), "SLACK_BOT_TOKEN"));
    }

    @Bean
    BlockKitRenderer slackRenderer() {
        return new BlockKitRenderer();
    }

    /** Shared by all instances (PostgreSQL); a {@link Sweep}, so the core's housekeeping forgets old URLs. */
    @Bean
    ResponseUrlBudget slackResponseUrlBudget(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        return new ResponseUrlBudget(jdbc, clock(clock));
    }

    @Bean
    ReplyDelivery slackReplyDelivery(Slack slackClient, BlockKitRenderer slackRenderer, ParkedForms parkedForms,
                                     ResponseUrls slackResponseUrls, ResponseUrlBudget slackResponseUrlBudget, FileStore files,
                                     DownloadLinks downloadLinks, SlackUploadSettings uploads) {
        return new ReplyDelivery(slackClient, slackRenderer, parkedForms, slackResponseUrls, slackResponseUrlBudget,
                files, downloadLinks, uploads.maxUploadSize().toBytes());
    }

    /** Uninstalls and revoked tokens kept until applied; a {@link Sweep}, so any instance applies those left behind. */
    @Bean
    InstallationEvents slackInstallationEvents(JdbcClient jdbc, JdbcInstallationService installations, ObjectProvider<Clock> clock) {
        return new InstallationEvents(jdbc, installations, clock(clock));
    }

    @Bean
    SlackListeners slackListeners(InboundDispatch dispatch, Slack slackClient, ReplyDelivery slackReplyDelivery,
                                  ParkedForms parkedForms, SlackSettings settings, InstallationEvents slackInstallationEvents,
                                  ObjectProvider<ConversationStore> conversations) {
        return new SlackListeners(dispatch, slackClient, slackReplyDelivery, parkedForms,
                settings.distributed() ? slackInstallationEvents : null, conversations.getIfAvailable(), Ticker.systemTicker());
    }

    /** Slack's part in finishing work another instance accepted: the core's takeover asks it to rebuild a turn. */
    @Bean
    ResumableSenders.Factory slackResumer(SlackListeners listeners, BotTokens slackBotTokens) {
        return listeners.resumer(slackBotTokens);
    }

    @Bean
    App slackApp(SlackSettings settings, ResponseUrls slackResponseUrls, SlackListeners listeners,
                 JdbcInstallationService installations, JdbcClient jdbc, ObjectProvider<Clock> clock) {
        App app = new App(appConfig(settings, boltClient(settings, slackResponseUrls)));
        if (settings.distributed()) {
            app.asOAuthApp(true);
            app.service(installations);
            app.service(new JdbcOAuthStateService(jdbc, clock(clock)));
        }
        listeners.registerOn(app);
        return app;
    }

    @Bean
    SlackAppStarter slackAppStarter(App slackApp) {
        return new SlackAppStarter(slackApp);
    }

    @Bean
    SlackEventsController slackEventsController(App slackApp, ObjectProvider<Clock> clock, ResponseUrls slackResponseUrls) {
        return new SlackEventsController(slackApp, clock(clock), slackResponseUrls);
    }

    @Bean
    @Conditional(SocketModeConfigured.class)
    SocketModeRunner slackSocketMode(App slackApp, SlackSettings settings) {
        return new SocketModeRunner(slackApp, Objects.requireNonNull(settings.appToken(), "SLACK_APP_TOKEN"));
    }

    @Bean
    SlackSender slackSender(Slack slackClient, BotTokens slackBotTokens, BlockKitRenderer slackRenderer, FileStore files,
                            ObjectProvider<ConversationStore> conversations, UserLanguages languages) {
        return new SlackSender(slackClient, slackBotTokens, slackRenderer, files, conversations.getIfAvailable(), languages);
    }

    /** Every setting explicit: Bolt's builder would otherwise read some from the process environment. */
    private static AppConfig appConfig(SlackSettings s, Slack slack) {
        return AppConfig.builder()
                .slack(slack)
                .signingSecret(s.signingSecret())
                .singleTeamBotToken(s.distributed() ? null : s.botToken())
                .clientId(s.distributed() ? s.clientId() : null)
                .clientSecret(s.distributed() ? s.clientSecret() : null)
                .scope(s.scopes())
                .userScope(null)
                .redirectUri(s.publicBaseUrl() + "/slack/oauth_redirect")
                .appPath("/slack")
                .oauthInstallPath("/install").oauthStartPath("/install")
                .oauthRedirectUriPath("/oauth_redirect").oauthCallbackPath("/oauth_redirect")
                .oauthCompletionUrl(null).oauthCancellationUrl(null)
                .verificationToken(null)
                .authTestCacheEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                .allEventsApiAutoAckEnabled(true)
                .build();
    }

    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Slack credentials are configured: a bot token, or a client id and secret. Public so that the
     * application can put what it adds for Slack (its filter chain for {@code /slack/**}) under
     * the same condition.
     */
    public static final class SlackConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return SlackSettings.configured(context.getEnvironment());
        }
    }

    /** {@code SLACK_APP_TOKEN} is set: connect in Socket Mode. */
    static final class SocketModeConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String token = context.getEnvironment().getProperty("SLACK_APP_TOKEN");
            return token != null && !token.isBlank();
        }
    }
}
