/** The Discord adapter: sending through JDA's REST (its rate-limit handling): answers to interactions, and the core's outbound port. */
@NullMarked
package se.connectbot.discord.deliver;

import org.jspecify.annotations.NullMarked;
