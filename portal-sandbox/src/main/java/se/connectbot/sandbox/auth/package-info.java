/**
 * The sandbox portal's OAuth 2.0 authorization server (Spring Authorization Server): the
 * security filter chains (authorization server, the {@code /api/v1} resource server, the login
 * app), the Swedish/English login page, portal users as Spring Security users, the registered
 * clients from configuration, authorizations and the signing key in PostgreSQL.
 */
@NullMarked
package se.connectbot.sandbox.auth;

import org.jspecify.annotations.NullMarked;
