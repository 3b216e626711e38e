package se.connectbot.slack.inbound;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.dispatch.Arrival;
import se.connectbot.core.dispatch.ResumableSenders;
import se.connectbot.slack.deliver.ReplyDelivery;
import se.connectbot.slack.install.BotTokens;

/**
 * Slack's way back to a turn that an instance accepted and did not finish: the
 * {@link Interaction} again from what {@link SlackTurn#resumable()} stored, with the workspace's
 * bot token as it is now (never stored with the work) and no trigger id (expired long since).
 */
final class SlackResumer implements ResumableSenders.Factory {

    static final String ENTERPRISE = "enterprise";
    static final String TEAM = "team";
    static final String CHANNEL = "channel";
    static final String USER = "user";
    static final String SHARING = "sharing";
    static final String RESPONSE_URL = "response_url";
    static final String THREAD = "thread_ts";

    private final BotTokens tokens;
    private final UserDirectory directory;
    private final ReplyDelivery delivery;

    SlackResumer(BotTokens tokens, UserDirectory directory, ReplyDelivery delivery) {
        this.tokens = tokens;
        this.directory = directory;
        this.delivery = delivery;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    /** @throws IllegalStateException when the app is no longer installed in the workspace */
    @Override
    public ResumableSenders.Resumed resume(ResumableSenders.Accepted accepted) {
        Map<String, String> c = accepted.context();
        @Nullable String enterprise = c.get(ENTERPRISE);
        String team = accepted.required(TEAM);
        String token = tokens.forWorkspace(enterprise, team)
                .orElseThrow(() -> new IllegalStateException("the Slack app is no longer installed in team " + team));
        Arrival.@Nullable Click click = null;
        Interaction interaction = new Interaction(accepted.deliveryId(), click, enterprise, team, accepted.required(USER),
                accepted.required(CHANNEL), Interaction.Sharing.valueOf(accepted.required(SHARING)), accepted.payload(), token,
                c.get(RESPONSE_URL), null, c.get(THREAD));
        SlackTurn turn = new SlackTurn(interaction, directory, delivery);
        return new ResumableSenders.Resumed(turn.arrival().inbound(), turn);
    }
}
