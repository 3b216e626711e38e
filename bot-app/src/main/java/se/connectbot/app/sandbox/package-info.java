/**
 * Runs the sandbox portal inside the bot's process when no real portal is configured, so that
 * {@code java -jar} on the bot alone is the whole demo. The sandbox gets a Spring context of its
 * own that shares nothing with the bot's configuration except what is handed to it on purpose.
 */
@NullMarked
package se.connectbot.app.sandbox;

import org.jspecify.annotations.NullMarked;
