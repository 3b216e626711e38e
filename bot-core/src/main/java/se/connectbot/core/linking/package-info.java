/**
 * Account linking: a chat user signs in at the portal (OAuth 2.0 authorization code with PKCE)
 * and the bot stores the link (platform + workspace + chat user → portal user) with the tokens
 * encrypted at rest, refreshes them unnoticed, and forgets them on logout. Also the login,
 * logout and whoami commands.
 */
@NullMarked
package se.connectbot.core.linking;

import org.jspecify.annotations.NullMarked;
