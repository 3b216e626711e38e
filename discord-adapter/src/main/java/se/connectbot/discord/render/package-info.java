/** The Discord adapter: the core's replies as Discord messages (embeds, components), within Discord's limits, with every text escaped. */
@NullMarked
package se.connectbot.discord.render;

import org.jspecify.annotations.NullMarked;
