package se.connectbot.sandbox.service;

import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceStatus;

/**
 * The services list's filters after validation.
 *
 * @param phoneNumber E.164
 */
record ServiceFilter(ServiceStatus status, @Nullable ServiceKind kind, @Nullable String text, @Nullable String phoneNumber) {
}
