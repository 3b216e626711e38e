package se.connectbot.discord.render;

import se.connectbot.core.reply.Block;

/**
 * How the core's actions and forms travel in Discord's {@code custom_id}s (at most 100
 * characters): short ones inline, the rest kept in PostgreSQL and referred to by id, so that any
 * instance of the bot can read a click back.
 */
public interface CustomIds {

    /** The custom id of the {@code index}-th element of a message choosing {@code actionId} with {@code value}. */
    String action(int index, String actionId, String value);

    /** The custom id of the button that opens {@code form} as a modal. */
    String form(Block.Form form);
}
