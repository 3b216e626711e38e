package se.connectbot.slack.install;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts secrets at rest with AES-GCM (random 96-bit nonce, 128-bit tag). The {@code purpose}
 * is bound as additional authenticated data, so a ciphertext copied into another column or row
 * kind does not decrypt. Output: {@code v1:} + base64(nonce || ciphertext). Thread-safe.
 */
public final class TokenCipher {

    private static final Logger log = LoggerFactory.getLogger(TokenCipher.class);
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String DEV_KEY_SEED = "connect-bot development key - never use in production";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private TokenCipher(SecretKey key) {
        this.key = key;
    }

    /**
     * @param base64Key a base64 AES key of 16, 24 or 32 bytes ({@code connectbot.crypto.key});
     *                  null or blank uses a fixed development key and says so loudly
     */
    public static TokenCipher fromBase64Key(@Nullable String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            log.warn("connectbot.crypto.key is not set: Slack tokens are encrypted with a DEVELOPMENT key. "
                    + "Set CONNECTBOT_CRYPTO_KEY (base64 of 32 random bytes) in production.");
            return new TokenCipher(new SecretKeySpec(sha256(DEV_KEY_SEED), "AES"));
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("connectbot.crypto.key must be base64 but is not", e);
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalArgumentException("connectbot.crypto.key must be 16, 24 or 32 bytes but was " + raw.length);
        }
        return new TokenCipher(new SecretKeySpec(raw, "AES"));
    }

    public String encrypt(String plain, String purpose) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, purpose);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** @throws IllegalStateException when the value was not made by this key for this purpose */
    public String decrypt(String sealed, String purpose) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not an encrypted value of version v1");
        }
        byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        if (in.length <= NONCE_BYTES) {
            throw new IllegalStateException("encrypted value is too short: " + in.length + " bytes");
        }
        try {
            byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, purpose);
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not decrypt a stored " + purpose + " (wrong key?)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String purpose) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] sha256(String seed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
