package se.connectbot.core.linking;

import java.net.URI;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * The private "sign in at the portal" answer with a fresh sign-in link, used by login and
 * whenever the bot needs a (new) sign-in. Thread-safe.
 */
@Component
public class SignInPrompt {

    private final AccountLinking linking;
    private final LinkingProperties properties;
    private final PendingSignIns pending;

    SignInPrompt(AccountLinking linking, LinkingProperties properties, PendingSignIns pending) {
        this.linking = linking;
        this.properties = properties;
        this.pending = pending;
    }

    /**
     * @param reasonKey the message key saying why a sign-in is needed; a user who already holds as
     *                  many unused links as allowed is told to use one of them instead
     */
    public Reply reply(CommandRequest request, String reasonKey) {
        if (pending.atLimit(request.user())) {
            return Reply.text(request.text("login.too.many", pending.limit(), properties.signInValidity().toMinutes())).privately();
        }
        URI url = linking.signInUrl(request.user(), request.conversation(), request.language().locale(), request.inbound().names());
        long minutes = properties.signInValidity().toMinutes();
        return Reply.of(
                Block.text(request.text(reasonKey)),
                new Block.Link(request.text("login.link.label"), url.toString()),
                Block.text(request.text("login.link.validity", minutes))).privately();
    }
}
