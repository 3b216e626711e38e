/**
 * Installation of the Slack app into workspaces: the OAuth install flow's storage (installations
 * with their tokens encrypted at rest, OAuth state values) in PostgreSQL, the clean-up on
 * uninstall and token revocation, and finding a workspace's bot token.
 */
@NullMarked
package se.connectbot.slack.install;

import org.jspecify.annotations.NullMarked;
