package se.connectbot.core.crypto;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one cipher for secrets at rest (portal tokens of account links, platform installations'
 * tokens, stored answers): AES-GCM with a random 96-bit IV and a 128-bit tag, keyed by
 * {@code connectbot.crypto.key}. The {@code context} is bound as associated data and must name
 * the row and the column (e.g. {@code "pending_link|<state>"},
 * {@code "slack-bot-token|<enterprise>|<team>"}), so a ciphertext copied to another row or column
 * does not decrypt. Output: {@code v1:<base64(iv || ciphertext)>}; the Slack adapter's former
 * cipher wrote the same format. Thread-safe.
 */
@Component
public class TokenCipher {

    private static final Logger log = LoggerFactory.getLogger(TokenCipher.class);
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String DEV_KEY_SEED = "connect-bot development key - not for production";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public TokenCipher(CryptoProperties properties) {
        this.key = new SecretKeySpec(keyBytes(properties), "AES");
    }

    public String encrypt(String plain, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, context, plain.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    /** @throws IllegalStateException when the text was not sealed by this key for this context */
    public String decrypt(String sealedText, String context) {
        if (!sealedText.startsWith(PREFIX)) {
            throw new IllegalStateException("not an encrypted value of version v1");
        }
        byte[] all = decode(sealedText.substring(PREFIX.length()));
        byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(all, IV_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, iv, context, sealed), StandardCharsets.UTF_8);
    }

    /**
     * Seals a file's content as it is read, for a stream into the database without holding it
     * whole: {@code iv || ciphertext || tag}, {@link #sealedLength} bytes in all.
     */
    public InputStream sealing(InputStream plain, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        return new SequenceInputStream(new ByteArrayInputStream(iv), new CipherInputStream(plain, cipher(Cipher.ENCRYPT_MODE, iv, context)));
    }

    /** The length of {@code plainLength} bytes once {@linkplain #sealing sealed}. */
    public static long sealedLength(long plainLength) {
        return IV_BYTES + plainLength + TAG_BITS / 8;
    }

    /** Bytes sealed as by {@link #sealing}. */
    public byte[] seal(byte[] plain, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, context, plain);
        return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    }

    /** @throws IllegalStateException when the bytes were not sealed by this key for this context */
    public byte[] open(byte[] sealed, String context) {
        if (sealed.length <= IV_BYTES) {
            throw new IllegalStateException("sealed bytes are too short: " + sealed.length + " bytes");
        }
        return run(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(sealed, IV_BYTES), context,
                java.util.Arrays.copyOfRange(sealed, IV_BYTES, sealed.length));
    }

    private static byte[] decode(String base64) {
        byte[] all;
        try {
            all = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("an encrypted value is not base64", e);
        }
        if (all.length <= IV_BYTES) {
            throw new IllegalStateException("an encrypted value is too short: " + all.length + " bytes");
        }
        return all;
    }

    private byte[] run(int mode, byte[] iv, String context, byte[] input) {
        try {
            return cipher(mode, iv, context).doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                    + " a secret (wrong connectbot.crypto.key?)", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                    + " a secret (wrong connectbot.crypto.key?)", e);
        }
    }

    private static byte[] keyBytes(CryptoProperties properties) {
        if (properties.key() == null || properties.key().isBlank()) {
            log.warn("!!! connectbot.crypto.key is not set: secrets at rest are encrypted with a PUBLIC DEVELOPMENT KEY."
                    + " Set connectbot.crypto.key (base64 of 32 random bytes) before storing real tokens. !!!");
            return sha256(DEV_KEY_SEED);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(properties.key().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("connectbot.crypto.key must be base64, but is not", e);
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException("connectbot.crypto.key must be 16, 24 or 32 bytes but was " + bytes.length);
        }
        return bytes;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
