package se.connectbot.core.linking;

import java.time.Instant;

/** Who a chat user is linked to in the portal, as of the last sign-in. No tokens. */
public record LinkedAccount(String portalUserId, String username, String name, String scope, Instant linkedAt) {
}
