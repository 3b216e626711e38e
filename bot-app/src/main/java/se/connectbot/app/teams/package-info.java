/** Microsoft Teams in the application: the adapter and its filter chain, when {@code MICROSOFT_APP_ID} is set. */
@NullMarked
package se.connectbot.app.teams;

import org.jspecify.annotations.NullMarked;
