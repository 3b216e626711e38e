/**
 * The portal's users: who the bearer token names, with their organisation, scope and rights,
 * and {@code GET /me}.
 */
@NullMarked
package se.connectbot.sandbox.user;

import org.jspecify.annotations.NullMarked;
