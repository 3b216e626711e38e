package se.connectbot.core.files;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import se.connectbot.core.crypto.CryptoProperties;
import se.connectbot.core.linking.LinkingProperties;

/**
 * Short-lived signed download links, {@code <public-base-url>/files/<id>?exp=<epoch seconds>&sig=<HMAC-SHA256>},
 * for where a platform cannot take a file (a Teams channel, a file over an upload limit). The
 * signature binds the file id, its owner (the chat user it was made for) and the expiry, so a
 * link cannot be stretched or pointed at another file. A valid link only opens the door: bot-app
 * hands the file out through {@link FileDownloads}, which checks the owner's rights again.
 * Thread-safe.
 */
@Component
public class DownloadLinks {

    /** The path under the public base URL where bot-app serves the links. */
    public static final String PATH = "/files/";

    private static final String DEV_KEY_SEED = "connect-bot development download link key - not for production";
    private static final byte[] DERIVATION = "connect-bot download links v1".getBytes(StandardCharsets.UTF_8);

    private final byte[] key;
    private final String base;
    private final FilesProperties properties;
    private final Clock clock;

    DownloadLinks(FilesProperties properties, CryptoProperties crypto, LinkingProperties linking, Clock clock) {
        this.key = key(properties, crypto);
        String url = linking.publicBaseUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.properties = properties;
        this.clock = clock;
    }

    /** A link to {@code file} for its owner, valid for {@code connectbot.files.link-validity} or until the file expires. */
    public URI linkFor(StoredFile file) {
        Instant until = clock.instant().plus(properties.linkValidity());
        long exp = (until.isAfter(file.expiresAt()) ? file.expiresAt() : until).getEpochSecond();
        return URI.create(base + PATH + file.ref() + "?exp=" + exp + "&sig=" + signature(file, exp));
    }

    /** How long a new link is valid, unless its file expires sooner. */
    public Duration validity() {
        return properties.linkValidity();
    }

    /** Whether {@code sig} and {@code exp}, as a link carried them, are a valid link to {@code file} now. */
    public Check check(StoredFile file, String exp, String sig) {
        long epoch;
        try {
            epoch = Long.parseLong(exp);
        } catch (NumberFormatException e) {
            return Check.BAD_SIGNATURE;
        }
        byte[] expected = signature(file, epoch).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII))) {
            return Check.BAD_SIGNATURE;
        }
        return clock.instant().getEpochSecond() < epoch ? Check.VALID : Check.EXPIRED;
    }

    /** What a link's check found. */
    public enum Check { VALID, BAD_SIGNATURE, EXPIRED }

    private String signature(StoredFile file, long exp) {
        String signed = String.join("\n", "v1", file.ref().toString(), file.owner().platform().name(),
                file.owner().workspaceId(), file.owner().userId(), Long.toString(exp));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] key(FilesProperties properties, CryptoProperties crypto) {
        String own = properties.linkKey();
        if (own != null && !own.isBlank()) {
            byte[] bytes = decode(own, "connectbot.files.link-key");
            if (bytes.length < 16) {
                throw new IllegalArgumentException("connectbot.files.link-key must be at least 16 bytes but was " + bytes.length);
            }
            return bytes;
        }
        String shared = crypto.key();
        byte[] root = shared == null || shared.isBlank() ? DEV_KEY_SEED.getBytes(StandardCharsets.UTF_8)
                : decode(shared, "connectbot.crypto.key");
        // a key of its own, derived: a link's signature reveals nothing usable against the token cipher
        return hmac(root, DERIVATION);
    }

    private static byte[] decode(String base64, String setting) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " must be base64, but is not", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
