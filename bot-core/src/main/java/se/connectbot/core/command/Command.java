package se.connectbot.core.command;

import java.util.Objects;

/** A command as the registry holds it: what it is and who answers it. Declare one as a bean. */
public record Command(CommandSpec spec, CommandHandler handler) {

    public Command {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(handler, "handler");
    }
}
