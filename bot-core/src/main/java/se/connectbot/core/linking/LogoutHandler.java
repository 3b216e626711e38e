package se.connectbot.core.linking;

import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Reply;

/** {@code logout}: revokes the portal tokens and forgets the link. */
@Component
class LogoutHandler implements CommandHandler {

    private final AccountLinking linking;

    LogoutHandler(AccountLinking linking) {
        this.linking = linking;
    }

    @Override
    public Reply handle(CommandRequest request) {
        boolean wasLinked = linking.unlink(request.user());
        return Reply.text(request.text(wasLinked ? "logout.done" : "logout.not.linked")).privately();
    }
}
