package se.connectbot.sandbox.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The RSA key that signs the sandbox's tokens. It must outlive a restart, or every token the bot
 * holds would die with it: so it is either configured ({@code sandbox.auth.signing-key}, PKCS#8
 * PEM) or generated once and kept in {@code auth_signing_key}, where concurrent first starts
 * agree on one key (insert if absent, then read). The key id is the key's RFC 7638 thumbprint.
 */
final class SigningKeys {

    static final String PURPOSE = "jwt-signing";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final int KEY_SIZE = 2048;

    private SigningKeys() {
    }

    /** The configured key when {@code sandbox.auth.signing-key} is set, else the database's (created on first use). */
    static RSAKey load(AuthProperties properties, JdbcOperations jdbc) {
        String pem = properties.signingKey();
        return pem != null ? fromPem(pem) : fromDatabase(jdbc);
    }

    static RSAKey fromDatabase(JdbcOperations jdbc) {
        Optional<RSAKey> stored = read(jdbc);
        if (stored.isPresent()) {
            return stored.get();
        }
        KeyPair pair = generate();
        String kid = rsaKey((RSAPublicKey) pair.getPublic(), (RSAPrivateCrtKey) pair.getPrivate()).getKeyID();
        int inserted = jdbc.update("""
                insert into auth_signing_key (purpose, kid, private_key, public_key) values (?, ?, ?, ?)
                on conflict (purpose) do nothing""",
                PURPOSE, kid, base64(pair.getPrivate().getEncoded()), base64(pair.getPublic().getEncoded()));
        if (inserted == 1) {
            log.info("Generated the token signing key {} and stored it in the database", kid);
        }
        return read(jdbc).orElseThrow(() -> new IllegalStateException("the signing key could not be stored"));
    }

    static RSAKey fromPem(String pem) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("sandbox.auth.signing-key is a PKCS#1 key; give it as PKCS#8 "
                    + "(openssl pkcs8 -topk8 -nocrypt -in key.pem)");
        }
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return rsaKey(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("sandbox.auth.signing-key is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    private static Optional<RSAKey> read(JdbcOperations jdbc) {
        List<RSAKey> keys = jdbc.query("select private_key, public_key from auth_signing_key where purpose = ?",
                (rs, row) -> decode(rs.getString("private_key"), rs.getString("public_key")), PURPOSE);
        return keys.stream().findFirst();
    }

    private static RSAKey decode(String privateKey, String publicKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            return rsaKey(
                    (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))),
                    (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored signing key is unreadable", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is unavailable", e);
        }
    }

    private static RSAKey rsaKey(RSAPublicKey publicKey, RSAPrivateCrtKey privateKey) {
        try {
            String kid = new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
            return new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not compute the key id", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
