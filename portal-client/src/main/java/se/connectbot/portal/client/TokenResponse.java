package se.connectbot.portal.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A token endpoint's success answer (RFC 6749 §5.1). */
record TokenResponse(
        @JsonProperty("access_token") @Nullable String accessToken,
        @JsonProperty("token_type") @Nullable String tokenType,
        @JsonProperty("expires_in") @Nullable Long expiresIn,
        @JsonProperty("refresh_token") @Nullable String refreshToken,
        @JsonProperty("scope") @Nullable String scope,
        @JsonProperty("id_token") @Nullable String idToken) {

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
