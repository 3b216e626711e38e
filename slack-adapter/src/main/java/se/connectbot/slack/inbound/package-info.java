/**
 * What Slack sends, turned into the core's {@link se.connectbot.core.chat.Inbound}: the HTTP
 * endpoint (raw body to Bolt, whose signature check runs first) and Socket Mode, the Bolt
 * listeners that acknowledge at once, and the workers that call the core and deliver its
 * reply; retried deliveries and double clicks are claimed once, across instances.
 */
@NullMarked
package se.connectbot.slack.inbound;

import org.jspecify.annotations.NullMarked;
