/**
 * The core's {@link se.connectbot.core.reply.Reply} as Slack Block Kit: messages within Slack's
 * limits (split, paged or turned into a file, never cut silently), modals for forms, and every
 * text either a {@code plain_text} object or escaped {@code mrkdwn}.
 */
@NullMarked
package se.connectbot.slack.render;

import org.jspecify.annotations.NullMarked;
