package se.connectbot.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    @Test
    void readsAConfiguredPkcs8KeyWithItsPublicHalfAndAStableKeyId() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        RSAKey key = SigningKeys.fromPem(pem);

        assertThat(key.isPrivate()).isTrue();
        assertThat(key.toRSAPublicKey().getModulus()).isEqualTo(((RSAPublicKey) pair.getPublic()).getModulus());
        assertThat(key.getKeyID()).isEqualTo(SigningKeys.fromPem(pem).getKeyID()).isNotBlank();
    }

    @Test
    void refusesAPkcs1KeyWithTheCommandThatConvertsIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SigningKeys.fromPem("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"))
                .withMessageContaining("openssl pkcs8");
    }

    @Test
    void refusesSomethingThatIsNoKey() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SigningKeys.fromPem("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----"))
                .withMessageContaining("sandbox.auth.signing-key");
    }
}
