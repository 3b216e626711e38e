/** Discord in the bot: imports the Discord adapter when {@code DISCORD_BOT_TOKEN} is set. */
@NullMarked
package se.connectbot.app.discord;

import org.jspecify.annotations.NullMarked;
