/**
 * Secrets at rest: the one {@link se.connectbot.core.crypto.TokenCipher} (AES-GCM, bound to the
 * row) and its key, {@code connectbot.crypto.key}.
 */
@NullMarked
package se.connectbot.core.crypto;

import org.jspecify.annotations.NullMarked;
