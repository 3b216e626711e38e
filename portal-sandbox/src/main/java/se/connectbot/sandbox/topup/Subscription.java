package se.connectbot.sandbox.topup;

import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceStatus;
import se.connectbot.sandbox.web.ConflictException;

/** What a top-up needs to know of a service in the user's scope. */
record Subscription(String id, String accountId, ServiceKind kind, ServiceStatus status,
        @Nullable String phoneNumber, @Nullable Long planAllowanceMb) {

    /** @throws ConflictException unless this is an active mobile subscription */
    void requireToppable() {
        if (kind != ServiceKind.MOBILE) {
            throw new ConflictException("Service '" + id + "' is a " + kind + " service; data top-ups are for mobile subscriptions");
        }
        if (status != ServiceStatus.ACTIVE) {
            throw new ConflictException("Service '" + id + "' is " + status + "; only active subscriptions can be topped up");
        }
    }

    boolean unlimited() {
        return planAllowanceMb == null;
    }
}
