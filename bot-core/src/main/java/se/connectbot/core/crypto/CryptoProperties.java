package se.connectbot.core.crypto;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key for secrets at rest ({@code connectbot.crypto.key}): base64 of 16, 24 or 32 bytes of
 * AES key. Unset: a fixed development key, with a loud warning; never run production so.
 */
@ConfigurationProperties("connectbot.crypto")
public record CryptoProperties(@Nullable String key) {
}
