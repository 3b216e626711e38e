package se.connectbot.core.command;

import se.connectbot.core.reply.Reply;

/**
 * Answers one command. Called only once the engine has checked sign-in and the spec's
 * capability, so a handler does its work and may throw {@code PortalException} (turned into
 * plain words in one place) but need not catch it. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CommandHandler {

    Reply handle(CommandRequest request);
}
