/**
 * The Portal API as Java: the records of the contract ({@code openapi/portal-api.yaml}), the
 * two views of the portal ({@link se.connectbot.portal.api.UserPortal},
 * {@link se.connectbot.portal.api.OperationsPortal}) and its errors.
 */
@NullMarked
package se.connectbot.portal.api;

import org.jspecify.annotations.NullMarked;
