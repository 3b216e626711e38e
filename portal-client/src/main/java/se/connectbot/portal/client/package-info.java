/**
 * The portal client: {@link se.connectbot.portal.client.PortalClients} builds a
 * {@link se.connectbot.portal.api.PortalApi} (Spring HTTP interface clients on {@code RestClient}
 * over the JDK {@code HttpClient}, Jackson 3) wrapped in a caching and a resilience decorator,
 * and {@link se.connectbot.portal.client.PortalOAuth} speaks OAuth 2.0 to the portal's
 * authorization server. Everything but the entry points and their configuration is
 * package-private.
 */
@NullMarked
package se.connectbot.portal.client;

import org.jspecify.annotations.NullMarked;
