package se.connectbot.slack.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final TokenCipher cipher = TokenCipher.fromBase64Key(KEY);

    @Test
    void encryptedTokenDecryptsBackAndDoesNotShowTheToken() {
        String sealed = cipher.encrypt("xoxb-123-secret", "slack-bot-token");

        assertThat(sealed).startsWith("v1:").doesNotContain("xoxb");
        assertThat(cipher.decrypt(sealed, "slack-bot-token")).isEqualTo("xoxb-123-secret");
    }

    @Test
    void sameTokenEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("xoxb-1", "p")).isNotEqualTo(cipher.encrypt("xoxb-1", "p"));
    }

    @Test
    void ciphertextDoesNotDecryptForAnotherPurposeOrKeyOrWhenTamperedWith() {
        String sealed = cipher.encrypt("xoxb-1", "slack-bot-token");
        TokenCipher otherKey = TokenCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);

        assertThatThrownBy(() -> cipher.decrypt(sealed, "slack-user-token")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> otherKey.decrypt(sealed, "slack-bot-token")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(tampered, "slack-bot-token")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyOfAWrongSizeIsRefusedNamingTheSize() {
        assertThatThrownBy(() -> TokenCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[10])))
                .hasMessageContaining("was 10");
    }
}
