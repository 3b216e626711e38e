package se.connectbot.core.command;

/** The chat user must sign in (link their portal account) before the bot can do this. */
public final class SignInRequired extends RuntimeException {

    public SignInRequired() {
        super("the chat user has no linked portal account");
    }
}
