/**
 * Who may call {@code /api/messages}: the Bot Framework's JWT checked with nimbus-jose-jwt against
 * its OpenID metadata ({@link se.connectbot.teams.auth.TokenCheck}).
 */
@NullMarked
package se.connectbot.teams.auth;

import org.jspecify.annotations.NullMarked;
