/** The Discord adapter: interactions and direct messages from the gateway, acknowledged at once and handed to the core's dispatch. */
@NullMarked
package se.connectbot.discord.inbound;

import org.jspecify.annotations.NullMarked;
