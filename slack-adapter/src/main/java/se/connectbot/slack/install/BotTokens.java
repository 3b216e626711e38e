package se.connectbot.slack.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.service.InstallationService;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bot token to act with in a workspace, for work that no incoming request carries a token
 * for (channel posts such as outage notices). Implementations are thread-safe.
 */
@FunctionalInterface
public interface BotTokens {

    /** Empty when the app is not installed in that workspace. */
    Optional<String> forWorkspace(@Nullable String enterpriseId, String teamId);

    /** Single-workspace mode: the one token from {@code SLACK_BOT_TOKEN}, whatever the workspace. */
    static BotTokens single(String botToken) {
        return (enterpriseId, teamId) -> Optional.of(botToken);
    }

    /** Distribution mode: the token stored when the workspace installed the app. */
    static BotTokens installed(InstallationService installations) {
        return (enterpriseId, teamId) -> {
            Bot bot = installations.findBot(enterpriseId, teamId);
            return Optional.ofNullable(bot == null ? null : bot.getBotAccessToken());
        };
    }
}
