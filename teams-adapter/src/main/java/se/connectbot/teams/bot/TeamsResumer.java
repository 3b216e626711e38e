package se.connectbot.teams.bot;

import se.connectbot.core.chat.Platform;
import se.connectbot.core.dispatch.ResumableSenders;

/**
 * Teams' way back to a turn that an instance accepted and did not finish: the turn again from
 * what {@link TeamsTurn#resumable()} stored (the service URL and ids; the connector token is the
 * bot's own, fetched again).
 */
final class TeamsResumer implements ResumableSenders.Factory {

    private final ReplyDelivery delivery;

    TeamsResumer(ReplyDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    @Override
    public ResumableSenders.Resumed resume(ResumableSenders.Accepted accepted) {
        TeamsTurn turn = new TeamsTurn(Incoming.fromContext(accepted.context()), accepted.payload(), delivery, "");
        return new ResumableSenders.Resumed(turn.arrival().inbound(), turn);
    }
}
