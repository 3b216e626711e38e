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

    SignInPrompt(AccountLinking linking, LinkingProperties properties) {
        this.linking = linking;
        this.properties = properties;
    }

    /** @param reasonKey the message key saying why a sign-in is needed */
    public Reply reply(CommandRequest request, String reasonKey) {
        URI url = linking.signInUrl(request.user(), request.conversation(), request.language().locale(), request.inbound().names());
        long minutes = properties.signInValidity().toMinutes();
        return Reply.of(
                Block.text(request.text(reasonKey)),
                new Block.Link(request.text("login.link.label"), url.toString()),
                Block.text(request.text("login.link.validity", minutes))).privately();
    }
}
