package se.connectbot.core.linking;

import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Reply;

/** {@code login}: a private sign-in link, or who the user already is. */
@Component
class LoginHandler implements CommandHandler {

    private final AccountLinking linking;
    private final SignInPrompt prompt;

    LoginHandler(AccountLinking linking, SignInPrompt prompt) {
        this.linking = linking;
        this.prompt = prompt;
    }

    @Override
    public Reply handle(CommandRequest request) {
        return linking.find(request.user())
                .map(account -> Reply.text(request.text("login.already", account.name(), account.username())).privately())
                .orElseGet(() -> prompt.reply(request, "login.prompt"));
    }
}
