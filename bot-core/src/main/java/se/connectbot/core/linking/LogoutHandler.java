package se.connectbot.core.linking;

import java.net.URI;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * {@code logout}: revokes the portal tokens and forgets the link; and offers to end the portal
 * session the sign-in left in the person's browser (OpenID Connect RP-initiated logout), so that
 * nobody else at that computer is signed in as them.
 */
@Component
class LogoutHandler implements CommandHandler {

    private final AccountLinking linking;
    private final URI afterSignOut;

    LogoutHandler(AccountLinking linking, LinkingProperties properties) {
        this.linking = linking;
        this.afterSignOut = URI.create(properties.publicBaseUrl().toString().replaceAll("/+$", "") + "/");
    }

    @Override
    public Reply handle(CommandRequest request) {
        if (linking.find(request.user()).isEmpty()) {
            return Reply.text(request.text("logout.not.linked")).privately();
        }
        Optional<URI> portal = linking.signOut(request.user(), afterSignOut);
        if (portal.isEmpty()) {
            return Reply.text(request.text("logout.done")).privately();
        }
        return Reply.of(Block.text(request.text("logout.done")), Block.text(request.text("logout.portal.too")),
                new Block.Link(request.text("logout.portal.link"), portal.get().toString())).privately();
    }
}
