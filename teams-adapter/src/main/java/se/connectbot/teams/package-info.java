/**
 * The Microsoft Teams adapter: Teams users reach the core through the Bot Framework's
 * {@code /api/messages}. {@link se.connectbot.teams.TeamsConfiguration} wires it when
 * {@code MICROSOFT_APP_ID} is set.
 */
@NullMarked
package se.connectbot.teams;

import org.jspecify.annotations.NullMarked;
