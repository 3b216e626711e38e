/**
 * The Discord adapter, through JDA on the gateway with no privileged intents: the {@code /connect}
 * slash command (one definition, {@code config/discord/commands.json}), buttons, select menus,
 * modals and direct messages in; the core's replies as embeds and components out, and the core's
 * outbound port for what the bot says unasked. Wired by {@link se.connectbot.discord.DiscordConfiguration}.
 */
@NullMarked
package se.connectbot.discord;

import org.jspecify.annotations.NullMarked;
