package se.connectbot.app.crypto;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start with the public development key (no {@code connectbot.crypto.key}) once
 * anything real is configured: a chat platform's credentials, whose tokens and users' portal
 * tokens would then be stored under a key anyone can read in our source, or an external portal,
 * whose refresh tokens are real people's.
 *
 * <p>An environment post-processor rather than a bean, so that it stops the start before the
 * in-process sandbox is launched (it runs just before {@code InProcessSandbox}, which fills in
 * {@code connectbot.portal.base-url} for the demo itself) and before anything touches the database.
 */
public final class DevelopmentKeyGuard implements EnvironmentPostProcessor, Ordered {

    static final String KEY = "connectbot.crypto.key";
    static final String PORTAL_BASE_URL = "connectbot.portal.base-url";
    /**
     * Every setting that means a real chat platform: Slack's as Bolt names them (see SlackSettings), Teams' as Azure does
     * (its client secret too: a deployment half configured is still holding a real one), Discord's bot token.
     */
    static final List<String> PLATFORM_CREDENTIALS = List.of(
            "SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_APP_TOKEN",
            "MICROSOFT_APP_ID", "MICROSOFT_APP_PASSWORD", "DISCORD_BOT_TOKEN");
    /** The in-process sandbox's own context, which holds no secrets of the bot: see InProcessSandbox. */
    private static final String SANDBOX_CHILD_MARKER = "connectbot.sandbox.in-process-child";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 101; // just before InProcessSandbox (LOWEST_PRECEDENCE - 100)
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(SANDBOX_CHILD_MARKER, Boolean.class, false)) {
            check(environment);
        }
    }

    /** @throws DevelopmentKeyRefused when the key is unset but something real is configured */
    static void check(Environment environment) {
        if (StringUtils.hasText(environment.getProperty(KEY))) {
            return;
        }
        List<String> real = new ArrayList<>();
        PLATFORM_CREDENTIALS.stream().filter(name -> StringUtils.hasText(environment.getProperty(name))).forEach(real::add);
        if (StringUtils.hasText(environment.getProperty(PORTAL_BASE_URL))) {
            real.add(PORTAL_BASE_URL);
        }
        if (!real.isEmpty()) {
            throw new DevelopmentKeyRefused(real);
        }
    }

    /** The start refused; names the settings only, never their values. */
    static final class DevelopmentKeyRefused extends IllegalStateException {

        DevelopmentKeyRefused(List<String> configured) {
            super(KEY + " is not set, so tokens would be stored encrypted with the PUBLIC DEVELOPMENT KEY, but real"
                    + " credentials are configured (" + String.join(", ", configured) + "). Refusing to start. Make a key with"
                    + " `openssl rand -base64 32` and set it as " + KEY + " (environment variable CONNECTBOT_CRYPTO_KEY);"
                    + " keep it secret, and keep it: what was stored under one key cannot be read with another.");
        }
    }
}
