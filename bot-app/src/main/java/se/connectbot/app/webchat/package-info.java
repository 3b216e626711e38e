/**
 * The bot's own web chat: a single page that talks to the core through a small JSON endpoint,
 * for trying and testing the bot without any chat platform account. The browser's HTTP session
 * is the chat user; the user signs in to the portal through the core's account linking.
 */
@NullMarked
package se.connectbot.app.webchat;

import org.jspecify.annotations.NullMarked;
