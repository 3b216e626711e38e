package se.connectbot.slack.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.slack.install.InstallationTokens.Column;
import se.connectbot.slack.install.InstallationTokens.RowKey;

/**
 * Bolt's {@link InstallationService} on PostgreSQL: one row per workspace (or Enterprise Grid
 * organisation for an org-wide install), tokens encrypted with the core's {@link TokenCipher},
 * bound to their row (see {@link InstallationTokens}). Keeps the
 * latest installation only (no history). Thread-safe; every method is one statement.
 */
public final class JdbcInstallationService implements InstallationService {

    private final JdbcClient jdbc;
    private final InstallationTokens tokens;

    public JdbcInstallationService(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.tokens = new InstallationTokens(jdbc, cipher);
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        if (isHistoricalDataEnabled) {
            throw new UnsupportedOperationException("installation history is not kept");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer i) {
        RowKey row = new RowKey(key(i.getEnterpriseId()), teamKey(i.getIsEnterpriseInstall(), i.getTeamId()));
        jdbc.sql("""
                insert into slack_installation (enterprise_key, team_key, enterprise_id, enterprise_url, team_id,
                    app_id, is_enterprise_install, token_type, bot_id, bot_user_id, bot_scope, bot_token_enc,
                    bot_refresh_token_enc, bot_token_expires_at, installer_user_id, installer_user_scope,
                    installer_user_token_enc, installer_user_refresh_token_enc, installer_user_token_expires_at,
                    installed_at)
                values (:ek, :tk, :eid, :eurl, :tid, :app, :ent, :ttype, :botId, :botUser, :botScope, :botToken,
                    :botRefresh, :botExp, :user, :userScope, :userToken, :userRefresh, :userExp, :installedAt)
                on conflict (enterprise_key, team_key) do update set
                    enterprise_id = excluded.enterprise_id, enterprise_url = excluded.enterprise_url,
                    team_id = excluded.team_id, app_id = excluded.app_id,
                    is_enterprise_install = excluded.is_enterprise_install, token_type = excluded.token_type,
                    bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id, bot_scope = excluded.bot_scope,
                    bot_token_enc = excluded.bot_token_enc, bot_refresh_token_enc = excluded.bot_refresh_token_enc,
                    bot_token_expires_at = excluded.bot_token_expires_at,
                    installer_user_id = excluded.installer_user_id,
                    installer_user_scope = excluded.installer_user_scope,
                    installer_user_token_enc = excluded.installer_user_token_enc,
                    installer_user_refresh_token_enc = excluded.installer_user_refresh_token_enc,
                    installer_user_token_expires_at = excluded.installer_user_token_expires_at,
                    installed_at = excluded.installed_at
                """)
                .param("ek", row.enterpriseKey()).param("tk", row.teamKey())
                .param("eid", i.getEnterpriseId()).param("eurl", i.getEnterpriseUrl()).param("tid", i.getTeamId())
                .param("app", i.getAppId()).param("ent", Boolean.TRUE.equals(i.getIsEnterpriseInstall()))
                .param("ttype", i.getTokenType()).param("botId", i.getBotId()).param("botUser", i.getBotUserId())
                .param("botScope", i.getBotScope())
                .param("botToken", tokens.seal(i.getBotAccessToken(), Column.BOT_TOKEN, row))
                .param("botRefresh", tokens.seal(i.getBotRefreshToken(), Column.BOT_REFRESH, row))
                .param("botExp", timestamp(i.getBotTokenExpiresAt()))
                .param("user", i.getInstallerUserId()).param("userScope", i.getInstallerUserScope())
                .param("userToken", tokens.seal(i.getInstallerUserAccessToken(), Column.USER_TOKEN, row))
                .param("userRefresh", tokens.seal(i.getInstallerUserRefreshToken(), Column.USER_REFRESH, row))
                .param("userExp", timestamp(i.getInstallerUserTokenExpiresAt()))
                .param("installedAt", timestamp(i.getInstalledAt() == null ? 0L : i.getInstalledAt()))
                .update();
    }

    /** Called by Bolt after a token rotation: only the bot's token columns change. */
    @Override
    public void saveBot(Bot bot) {
        RowKey row = new RowKey(key(bot.getEnterpriseId()), teamKey(bot.getIsEnterpriseInstall(), bot.getTeamId()));
        jdbc.sql("""
                update slack_installation set bot_token_enc = :token, bot_refresh_token_enc = :refresh,
                    bot_token_expires_at = :exp
                where enterprise_key = :ek and team_key = :tk
                """)
                .param("token", tokens.seal(bot.getBotAccessToken(), Column.BOT_TOKEN, row))
                .param("refresh", tokens.seal(bot.getBotRefreshToken(), Column.BOT_REFRESH, row))
                .param("exp", timestamp(bot.getBotTokenExpiresAt()))
                .param("ek", row.enterpriseKey()).param("tk", row.teamKey())
                .update();
    }

    @Override
    public void deleteBot(Bot bot) {
        deleteAll(bot.getEnterpriseId(), Boolean.TRUE.equals(bot.getIsEnterpriseInstall()) ? null : bot.getTeamId());
    }

    @Override
    public void deleteInstaller(Installer installer) {
        forgetUserTokens(installer.getEnterpriseId(), installer.getTeamId(), java.util.List.of(installer.getInstallerUserId()),
                Instant.now());
    }

    /** The workspace's bot, or for a workspace of an org-wide install, the organisation's. */
    @Override
    public @Nullable Bot findBot(@Nullable String enterpriseId, @Nullable String teamId) {
        return findRow(enterpriseId, teamId).map(this::toBot).orElse(null);
    }

    @Override
    public @Nullable Installer findInstaller(@Nullable String enterpriseId, @Nullable String teamId, @Nullable String userId) {
        return findRow(enterpriseId, teamId)
                .filter(row -> userId != null && userId.equals(row.installerUserId()))
                .map(this::toInstaller)
                .orElse(null);
    }

    @Override
    public void deleteAll(@Nullable String enterpriseId, @Nullable String teamId) {
        jdbc.sql("delete from slack_installation where enterprise_key = :ek and team_key = :tk")
                .param("ek", key(enterpriseId)).param("tk", key(teamId)).update();
    }

    /**
     * After {@code app_uninstalled}: the workspace's installation goes, unless it was installed
     * again after the event was received.
     */
    public void uninstalled(@Nullable String enterpriseId, @Nullable String teamId, Instant received) {
        jdbc.sql("delete from slack_installation where enterprise_key = :ek and team_key = :tk and installed_at <= :received")
                .param("ek", key(enterpriseId)).param("tk", key(teamId)).param("received", Timestamp.from(received)).update();
    }

    /**
     * After {@code tokens_revoked}: revoked bot users lose the installation, revoked users their
     * token; an installation made after the event was received keeps both.
     */
    public void revokeTokens(@Nullable String enterpriseId, @Nullable String teamId,
                             Collection<String> botUserIds, Collection<String> userIds, Instant received) {
        if (!botUserIds.isEmpty()) {
            jdbc.sql("""
                    delete from slack_installation
                    where enterprise_key = :ek and (team_key = :tk or team_key = '') and bot_user_id in (:bots)
                        and installed_at <= :received
                    """)
                    .param("ek", key(enterpriseId)).param("tk", key(teamId)).param("bots", botUserIds)
                    .param("received", Timestamp.from(received)).update();
        }
        forgetUserTokens(enterpriseId, teamId, userIds, received);
    }

    private void forgetUserTokens(@Nullable String enterpriseId, @Nullable String teamId, Collection<String> userIds,
                                  Instant before) {
        if (userIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update slack_installation set installer_user_token_enc = null, installer_user_refresh_token_enc = null,
                    installer_user_token_expires_at = null
                where enterprise_key = :ek and (team_key = :tk or team_key = '') and installer_user_id in (:users)
                    and installed_at <= :before
                """)
                .param("ek", key(enterpriseId)).param("tk", key(teamId)).param("users", userIds)
                .param("before", Timestamp.from(before)).update();
    }

    private Optional<Row> findRow(@Nullable String enterpriseId, @Nullable String teamId) {
        Optional<Row> exact = jdbc.sql("select * from slack_installation where enterprise_key = :ek and team_key = :tk")
                .param("ek", key(enterpriseId)).param("tk", key(teamId))
                .query(this::row).optional();
        if (exact.isPresent() || enterpriseId == null) {
            return exact;
        }
        return jdbc.sql("select * from slack_installation where enterprise_key = :ek and team_key = '' and is_enterprise_install")
                .param("ek", enterpriseId).query(this::row).optional();
    }

    private Bot toBot(Row r) {
        DefaultBot bot = new DefaultBot();
        bot.setAppId(r.appId());
        bot.setEnterpriseId(r.enterpriseId());
        bot.setEnterpriseUrl(r.enterpriseUrl());
        bot.setTeamId(r.teamId());
        bot.setIsEnterpriseInstall(r.enterpriseInstall());
        bot.setTokenType(r.tokenType());
        bot.setBotId(r.botId());
        bot.setBotUserId(r.botUserId());
        bot.setBotScope(r.botScope());
        bot.setBotAccessToken(tokens.open(r.botToken(), Column.BOT_TOKEN, r.key()));
        bot.setBotRefreshToken(tokens.open(r.botRefreshToken(), Column.BOT_REFRESH, r.key()));
        bot.setBotTokenExpiresAt(r.botTokenExpiresAt());
        bot.setInstalledAt(r.installedAt());
        return bot;
    }

    private Installer toInstaller(Row r) {
        DefaultInstaller i = new DefaultInstaller();
        i.setAppId(r.appId());
        i.setEnterpriseId(r.enterpriseId());
        i.setEnterpriseUrl(r.enterpriseUrl());
        i.setTeamId(r.teamId());
        i.setIsEnterpriseInstall(r.enterpriseInstall());
        i.setTokenType(r.tokenType());
        i.setBotId(r.botId());
        i.setBotUserId(r.botUserId());
        i.setBotScope(r.botScope());
        i.setBotAccessToken(tokens.open(r.botToken(), Column.BOT_TOKEN, r.key()));
        i.setBotRefreshToken(tokens.open(r.botRefreshToken(), Column.BOT_REFRESH, r.key()));
        i.setBotTokenExpiresAt(r.botTokenExpiresAt());
        i.setInstallerUserId(r.installerUserId());
        i.setInstallerUserScope(r.installerUserScope());
        i.setInstallerUserAccessToken(tokens.open(r.userToken(), Column.USER_TOKEN, r.key()));
        i.setInstallerUserRefreshToken(tokens.open(r.userRefreshToken(), Column.USER_REFRESH, r.key()));
        i.setInstallerUserTokenExpiresAt(r.userTokenExpiresAt());
        i.setInstalledAt(r.installedAt());
        return i;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new RowKey(rs.getString("enterprise_key"), rs.getString("team_key")), rs.getString("enterprise_id"), rs.getString("enterprise_url"), rs.getString("team_id"),
                rs.getString("app_id"), rs.getBoolean("is_enterprise_install"), rs.getString("token_type"),
                rs.getString("bot_id"), rs.getString("bot_user_id"), rs.getString("bot_scope"),
                rs.getString("bot_token_enc"), rs.getString("bot_refresh_token_enc"),
                millis(rs.getTimestamp("bot_token_expires_at")), rs.getString("installer_user_id"),
                rs.getString("installer_user_scope"), rs.getString("installer_user_token_enc"),
                rs.getString("installer_user_refresh_token_enc"),
                millis(rs.getTimestamp("installer_user_token_expires_at")), millis(rs.getTimestamp("installed_at")));
    }

    private static String key(@Nullable String id) {
        return id == null ? "" : id;
    }

    /** An org-wide install is stored once for the organisation, not per workspace. */
    private static String teamKey(@Nullable Boolean enterpriseInstall, @Nullable String teamId) {
        return Boolean.TRUE.equals(enterpriseInstall) ? "" : key(teamId);
    }

    private static @Nullable Timestamp timestamp(@Nullable Long epochMillis) {
        return epochMillis == null ? null : Timestamp.from(Instant.ofEpochMilli(epochMillis));
    }

    private static @Nullable Long millis(@Nullable Timestamp t) {
        return t == null ? null : t.getTime();
    }

    private record Row(RowKey key, @Nullable String enterpriseId, @Nullable String enterpriseUrl, @Nullable String teamId,
                       @Nullable String appId, boolean enterpriseInstall, @Nullable String tokenType,
                       @Nullable String botId, @Nullable String botUserId, @Nullable String botScope,
                       @Nullable String botToken, @Nullable String botRefreshToken, @Nullable Long botTokenExpiresAt,
                       @Nullable String installerUserId, @Nullable String installerUserScope,
                       @Nullable String userToken, @Nullable String userRefreshToken,
                       @Nullable Long userTokenExpiresAt, @Nullable Long installedAt) {
    }
}
