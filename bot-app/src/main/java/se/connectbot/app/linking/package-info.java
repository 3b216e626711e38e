/**
 * The OAuth 2.0 callback that completes account linking for every platform: the portal sends
 * the user's browser here after sign-in.
 */
@NullMarked
package se.connectbot.app.linking;

import org.jspecify.annotations.NullMarked;
