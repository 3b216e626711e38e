/**
 * Getting rendered replies to Slack: through the interaction's {@code response_url} while its
 * budget lasts, else the Web API (ephemeral where the reply is private in a shared
 * conversation); modals, files through Slack's upload flow, channel posts and their updates,
 * and honouring Slack's 429 {@code Retry-After}.
 */
@NullMarked
package se.connectbot.slack.deliver;

import org.jspecify.annotations.NullMarked;
