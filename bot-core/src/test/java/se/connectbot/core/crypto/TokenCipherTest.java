package se.connectbot.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class TokenCipherTest {

    final TokenCipher cipher = new TokenCipher(new CryptoProperties("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));

    @Test
    void sealsAndOpensAToken() {
        String sealed = cipher.encrypt("refresh-token-123", "row-1");
        assertThat(sealed).startsWith("v1:").doesNotContain("refresh-token-123");
        assertThat(cipher.decrypt(sealed, "row-1")).isEqualTo("refresh-token-123");
    }

    @Test
    void usesAFreshIvEachTime() {
        assertThat(cipher.encrypt("same", "row")).isNotEqualTo(cipher.encrypt("same", "row"));
    }

    @Test
    void refusesACiphertextMovedToAnotherRow() {
        String sealed = cipher.encrypt("token", "row-1");
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(sealed, "row-2"));
    }

    @Test
    void refusesAnotherKeysCiphertext() {
        TokenCipher other = new TokenCipher(new CryptoProperties("HxwdGhsYGRoXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA="));
        assertThatIllegalStateException().isThrownBy(() -> other.decrypt(cipher.encrypt("token", "row"), "row"));
    }

    @Test
    void worksWithTheDevelopmentKeyWhenNoneIsSet() {
        TokenCipher dev = new TokenCipher(new CryptoProperties(null));
        assertThat(dev.decrypt(dev.encrypt("x", "c"), "c")).isEqualTo("x");
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenCipher(new CryptoProperties("AAECAwQ=")))
                .withMessageContaining("16, 24 or 32 bytes but was 5");
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenCipher(new CryptoProperties("not base64!")))
                .withMessageContaining("base64");
    }

    @Test
    void opensWhatTheSlackAdaptersFormerCipherSealedUnderTheSameKey() {
        // sealed by slack-adapter's own TokenCipher (removed in issue 8) with this key and purpose
        String legacy = "v1:Zhs80TUD4V2CB1xmu+5EmqLGIPFcHmnU3s8NSYKCRUvt5ZEPlQGSl8+PEQbfD4P33A==";
        assertThat(cipher.decrypt(legacy, "slack-bot-token")).isEqualTo("xoxb-legacy-bot-token");
    }

    @Test
    void refusesATruncatedOrGarbledValueWithAnIllegalState() {
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("v1:AAAA", "row")).withMessageContaining("too short");
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("v1:!!", "row")).withMessageContaining("base64");
    }
}
