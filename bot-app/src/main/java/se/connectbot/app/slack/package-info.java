/**
 * Slack in the bot: imports the Slack adapter when Slack credentials are configured and lets
 * Slack's requests reach it untouched (its own filter chain, no CSRF, no session).
 */
@NullMarked
package se.connectbot.app.slack;

import org.jspecify.annotations.NullMarked;
