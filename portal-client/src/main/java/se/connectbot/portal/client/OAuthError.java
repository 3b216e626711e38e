package se.connectbot.portal.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A token endpoint's error answer (RFC 6749 §5.2). */
record OAuthError(
        @JsonProperty("error") @Nullable String error,
        @JsonProperty("error_description") @Nullable String description) {

    static final OAuthError NONE = new OAuthError(null, null);
}
