/**
 * The one place the core meets the portal client's implementation: it builds the
 * {@link se.connectbot.portal.api.PortalApi} and the OAuth port
 * ({@link se.connectbot.core.linking.PortalSignIn}) from {@code connectbot.portal.*} with
 * {@code se.connectbot.portal.client.PortalClients}, unless the application supplies its own.
 */
@NullMarked
package se.connectbot.core.portal;

import org.jspecify.annotations.NullMarked;
