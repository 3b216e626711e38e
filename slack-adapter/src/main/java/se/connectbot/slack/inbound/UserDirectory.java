package se.connectbot.slack.inbound;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.methods.response.team.TeamInfoResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Slack knows about a user and a conversation that no payload says: the user's locale and
 * name ({@code users.info} with {@code include_locale}), the workspace's name ({@code team.info}),
 * and whether a direct-message conversation is the user's own with the bot
 * ({@code conversations.info}). All cached; a failed look-up gives the cautious answer (no
 * locale or name; a shared conversation) and is asked again later. Thread-safe.
 */
final class UserDirectory {

    private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);

    private final Slack slack;
    private final Cache<String, Profile> profiles;
    private final Cache<String, Optional<String>> workspaceNames;
    private final Cache<String, Boolean> botConversations;

    UserDirectory(Slack slack, Ticker ticker) {
        this.slack = slack;
        this.profiles = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(6)).maximumSize(50_000).ticker(ticker).build();
        this.workspaceNames = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(6)).maximumSize(10_000).ticker(ticker).build();
        this.botConversations = Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(1)).maximumSize(50_000).ticker(ticker).build();
    }

    /** The user's locale and name as Slack has them; {@link Profile#UNKNOWN} when Slack could not say. */
    Profile profile(String botToken, String teamId, String userId) {
        String key = teamId + ":" + userId;
        Profile known = profiles.getIfPresent(key);
        if (known != null) {
            return known;
        }
        try {
            UsersInfoResponse info = slack.methods(botToken).usersInfo(r -> r.user(userId).includeLocale(true));
            if (info.isOk() && info.getUser() != null) {
                Profile profile = Profile.of(info.getUser());
                profiles.put(key, profile);
                return profile;
            }
            log.warn("Slack refused users.info: {}", info.getError());
        } catch (IOException | SlackApiException e) {
            log.warn("Slack call users.info failed: {}", e.getMessage());
        }
        return Profile.UNKNOWN;
    }

    /** The workspace's name ("Nordkust Logistik"), or null when Slack does not say (no {@code team:read}). */
    @Nullable String workspaceName(String botToken, String teamId) {
        return workspaceNames.get(teamId, id -> {
            try {
                TeamInfoResponse info = slack.methods(botToken).teamInfo(r -> r.team(id));
                if (info.isOk() && info.getTeam() != null) {
                    return Optional.ofNullable(info.getTeam().getName());
                }
                log.warn("Slack refused team.info: {}", info.getError());
            } catch (IOException | SlackApiException e) {
                log.warn("Slack call team.info failed: {}", e.getMessage());
            }
            return Optional.empty();
        }).orElse(null);
    }

    /** A user's locale (null: Slack did not say) and the name people see in Slack (null: unknown). */
    record Profile(@Nullable Locale locale, @Nullable String name) {

        static final Profile UNKNOWN = new Profile(null, null);

        static Profile of(User user) {
            String tag = user.getLocale();
            Locale locale = tag == null || tag.isBlank() ? null : Locale.forLanguageTag(tag);
            return new Profile(locale, firstNonBlank(user.getProfile() == null ? null : user.getProfile().getDisplayName(),
                    user.getRealName(), user.getProfile() == null ? null : user.getProfile().getRealName(), user.getName()));
        }

        private static @Nullable String firstNonBlank(@Nullable String... names) {
            for (String name : names) {
                if (name != null && !name.isBlank()) {
                    return name;
                }
            }
            return null;
        }
    }

    /**
     * Whether others than the user may read replies in this conversation. Only a direct-message
     * conversation between the user and the bot is private; everything else, including a
     * direct message between two people where the user ran a slash command, is shared.
     */
    boolean shared(String botToken, String teamId, String channelId, String userId) {
        if (!channelId.startsWith("D")) {
            return true;
        }
        String key = teamId + ":" + channelId + ":" + userId;
        Boolean own = botConversations.getIfPresent(key);
        if (own == null) {
            own = askIfOwn(botToken, channelId, userId);
            if (own != null) {
                botConversations.put(key, own);
            }
        }
        return own == null || !own;
    }

    /** Learnt from a {@code message.im} event: this is the user's conversation with the bot. */
    void rememberOwn(String teamId, String channelId, String userId) {
        botConversations.put(teamId + ":" + channelId + ":" + userId, true);
    }

    private @Nullable Boolean askIfOwn(String botToken, String channelId, String userId) {
        try {
            ConversationsInfoResponse info = slack.methods(botToken).conversationsInfo(r -> r.channel(channelId));
            if (info.isOk() && info.getChannel() != null) {
                return info.getChannel().isIm() && userId.equals(info.getChannel().getUser());
            }
            // not_in_channel / channel_not_found: a conversation the bot is no member of
            return "channel_not_found".equals(info.getError()) || "not_in_channel".equals(info.getError()) ? false : null;
        } catch (IOException | SlackApiException e) {
            log.warn("Slack call conversations.info failed: {}", e.getMessage());
            return null;
        }
    }
}
