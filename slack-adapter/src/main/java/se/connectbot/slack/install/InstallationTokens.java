package se.connectbot.slack.install;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.crypto.TokenCipher;

/**
 * Seals and opens an installation's tokens with the core's {@link TokenCipher}, bound to the
 * column and the row ({@code slack-bot-token|<enterprise_key>|<team_key>}), so a token copied to
 * another workspace's row does not decrypt. Rows written before issue 8 were bound to the column
 * only (same format, same key): such a value is opened the old way once and sealed again, bound
 * to its row, in place. Thread-safe.
 */
final class InstallationTokens {

    private static final Logger log = LoggerFactory.getLogger(InstallationTokens.class);

    /** A token column of {@code slack_installation}, and the purpose its values were bound to before issue 8. */
    enum Column {
        BOT_TOKEN("bot_token_enc", "slack-bot-token"),
        BOT_REFRESH("bot_refresh_token_enc", "slack-bot-refresh-token"),
        USER_TOKEN("installer_user_token_enc", "slack-user-token"),
        USER_REFRESH("installer_user_refresh_token_enc", "slack-user-refresh-token");

        private final String name;
        private final String purpose;

        Column(String name, String purpose) {
            this.name = name;
            this.purpose = purpose;
        }
    }

    /** The row's primary key: enterprise and team ids, {@code ""} for none. */
    record RowKey(String enterpriseKey, String teamKey) {
        String context(Column column) {
            return column.purpose + "|" + enterpriseKey + "|" + teamKey;
        }
    }

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    InstallationTokens(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Nullable String seal(@Nullable String token, Column column, RowKey row) {
        return token == null ? null : cipher.encrypt(token, row.context(column));
    }

    /** @throws IllegalStateException when the value opens neither bound to its row nor the old way */
    @Nullable String open(@Nullable String sealed, Column column, RowKey row) {
        if (sealed == null) {
            return null;
        }
        try {
            return cipher.decrypt(sealed, row.context(column));
        } catch (IllegalStateException boundToRowFailed) {
            String token = cipher.decrypt(sealed, column.purpose);
            rebind(sealed, token, column, row);
            return token;
        }
    }

    /** Best effort: a failure leaves the old value, which the next read tries again. */
    private void rebind(String old, String token, Column column, RowKey row) {
        try {
            jdbc.sql("update slack_installation set " + column.name + " = :sealed"
                            + " where enterprise_key = :ek and team_key = :tk and " + column.name + " = :old")
                    .param("sealed", cipher.encrypt(token, row.context(column)))
                    .param("ek", row.enterpriseKey()).param("tk", row.teamKey()).param("old", old)
                    .update();
            log.info("Sealed a Slack installation's {} again, bound to its row", column.name);
        } catch (RuntimeException e) {
            log.warn("Could not seal a Slack installation's {} again: {}", column.name, e.getMessage());
        }
    }
}
