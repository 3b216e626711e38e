/**
 * The Slack adapter: Slack users reach the core through Bolt for Java. {@link
 * se.connectbot.slack.SlackConfiguration} wires it when Slack credentials are configured.
 */
@NullMarked
package se.connectbot.slack;

import org.jspecify.annotations.NullMarked;
