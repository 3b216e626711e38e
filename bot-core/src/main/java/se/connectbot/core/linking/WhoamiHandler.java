package se.connectbot.core.linking;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Refusals;
import se.connectbot.portal.api.AccountNode;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;

/** {@code whoami}: the linked portal user, their type, scope and rights in plain words. */
@Component
class WhoamiHandler implements CommandHandler {

    @Override
    public Reply handle(CommandRequest request) {
        if (!request.session().signedIn()) {
            return Reply.text(request.text("whoami.not.linked"));
        }
        Me me = request.me();
        String rights = me.rights().stream().sorted()
                .map(r -> Refusals.rightName(request.messages(), r))
                .collect(Collectors.joining(", "));
        return Reply.of(
                Block.heading(request.text("whoami.heading", me.name())),
                new Block.Fields(List.of(
                        new Block.Field(request.text("whoami.username"), me.username()),
                        new Block.Field(request.text("whoami.organisation"), me.organisation().name()),
                        new Block.Field(request.text("whoami.type"), request.text("usertype." + me.userType().name())),
                        new Block.Field(request.text("whoami.scope"), scope(request, me)),
                        new Block.Field(request.text("whoami.rights"), rights.isEmpty() ? request.text("whoami.no.rights") : rights))));
    }

    /** As the portal's tree shows an account: its alias when it has one. */
    private static String shownName(AccountNode node) {
        return node.alias() != null && !node.alias().isBlank() ? node.alias() : node.name();
    }

    private static String scope(CommandRequest request, Me me) {
        try {
            return request.portal().accountTree().stream()
                    .map(WhoamiHandler::shownName)
                    .collect(Collectors.joining(", "));
        } catch (PortalException e) {
            if (e.error() == PortalError.FORBIDDEN || e.error() == PortalError.NOT_FOUND) {
                return me.scopeAccountId();
            }
            throw e;
        }
    }
}
