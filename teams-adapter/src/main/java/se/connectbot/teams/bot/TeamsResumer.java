package se.connectbot.teams.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.dispatch.ResumableSenders;

/**
 * Teams' way back to a turn that an instance accepted and did not finish: the turn again from
 * what {@link TeamsTurn#resumable()} stored (the service URL and ids; the connector token is the
 * bot's own, fetched again).
 */
final class TeamsResumer implements ResumableSenders.Factory {

    private final ReplyDelivery delivery;
    private final FileConsent consent;
    private final ObjectMapper json;

    TeamsResumer(ReplyDelivery delivery, FileConsent consent, ObjectMapper json) {
        this.delivery = delivery;
        this.consent = consent;
        this.json = json;
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    @Override
    public ResumableSenders.Resumed resume(ResumableSenders.Accepted accepted) {
        TeamsTurn turn = new TeamsTurn(Incoming.fromContext(accepted), accepted.payload(), delivery, "");
        if (FileConsent.isConsent(accepted)) {
            return ResumableSenders.Resumed.work(consent.resumed(accepted, json), turn);
        }
        return new ResumableSenders.Resumed(turn.arrival().inbound(), turn);
    }
}
