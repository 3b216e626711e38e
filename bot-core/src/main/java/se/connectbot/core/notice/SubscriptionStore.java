package se.connectbot.core.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;
import tools.jackson.databind.json.JsonMapper;

/** The subscriptions in PostgreSQL (table {@code outage_subscription}). Thread-safe. */
@Component
class SubscriptionStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    SubscriptionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long add(ConversationRef where, ChatUser owner, String portalUserId, String ownerName, Language language,
             NoticeFilter filter, Scope scope, @Nullable QuietHours quiet) {
        return jdbc.sql("""
                        insert into outage_subscription (platform, workspace_id, channel_id, shared, owner_workspace_id, owner_user_id,
                            owner_portal_user_id, owner_portal_name, language, filter, scope, quiet, created_at, changed_at)
                        values (:platform, :workspace, :channel, :shared, :ownerWorkspace, :owner, :portalUser, :ownerName, :language,
                            cast(:filter as jsonb), cast(:scope as jsonb), cast(:quiet as jsonb), :now, :now)
                        returning id""")
                .param("platform", where.platform().name()).param("workspace", where.workspaceId())
                .param("channel", where.channelId()).param("shared", where.shared())
                .param("ownerWorkspace", owner.workspaceId()).param("owner", owner.userId())
                .param("portalUser", portalUserId).param("ownerName", ownerName).param("language", language.name())
                .param("filter", JSON.writeValueAsString(filter)).param("scope", JSON.writeValueAsString(scope))
                .param("quiet", quiet == null ? null : JSON.writeValueAsString(quiet))
                .param("now", now()).query(Long.class).single();
    }

    List<Subscription> in(ConversationRef where) {
        return jdbc.sql("select * from outage_subscription where platform = :platform and workspace_id = :workspace "
                        + "and channel_id = :channel order by id")
                .param("platform", where.platform().name()).param("workspace", where.workspaceId())
                .param("channel", where.channelId()).query(SubscriptionStore::row).list();
    }

    /**
     * The language the bot posts in to the conversation: that of its newest active subscription
     * (the one made last), else of its newest subscription of any state, else Swedish. One
     * language per conversation, so a card, its thread and its re-renders never mix languages
     * when subscriptions there were made by people who speak differently.
     */
    Language languageOf(ConversationRef where) {
        return jdbc.sql("select language from outage_subscription where platform = :platform and workspace_id = :workspace "
                        + "and channel_id = :channel order by state = 'ACTIVE' desc, id desc limit 1")
                .param("platform", where.platform().name()).param("workspace", where.workspaceId())
                .param("channel", where.channelId()).query(String.class).optional().map(Language::valueOf).orElse(Language.DEFAULT);
    }

    Optional<Subscription> find(long id) {
        return jdbc.sql("select * from outage_subscription where id = :id").param("id", id).query(SubscriptionStore::row).optional();
    }

    List<Subscription> active() {
        return jdbc.sql("select * from outage_subscription where state = 'ACTIVE' order by id").query(SubscriptionStore::row).list();
    }

    /** Removes the subscription of that conversation; false when it has none of that id. */
    boolean remove(ConversationRef where, long id) {
        return jdbc.sql("delete from outage_subscription where id = :id and platform = :platform and workspace_id = :workspace "
                        + "and channel_id = :channel")
                .param("id", id).param("platform", where.platform().name()).param("workspace", where.workspaceId())
                .param("channel", where.channelId()).update() == 1;
    }

    int removeAll(ConversationRef where) {
        return jdbc.sql("delete from outage_subscription where platform = :platform and workspace_id = :workspace and channel_id = :channel")
                .param("platform", where.platform().name()).param("workspace", where.workspaceId())
                .param("channel", where.channelId()).update();
    }

    /** Counts a failure to post; true when it reached {@code threshold} and the subscription was paused by this call. */
    boolean failed(long id, int threshold) {
        Integer failures = jdbc.sql("update outage_subscription set failures = failures + 1, changed_at = :now "
                        + "where id = :id and state = 'ACTIVE' returning failures")
                .param("id", id).param("now", now()).query(Integer.class).optional().orElse(0);
        if (failures < threshold) {
            return false;
        }
        return jdbc.sql("update outage_subscription set state = 'PAUSED', changed_at = :now where id = :id and state = 'ACTIVE'")
                .param("id", id).param("now", now()).update() == 1;
    }

    /** The owner's areas as they are now; leaves the subscription otherwise as it is. */
    void rescope(long id, Scope scope) {
        jdbc.sql("update outage_subscription set scope = cast(:scope as jsonb) where id = :id and state = 'ACTIVE'")
                .param("scope", JSON.writeValueAsString(scope)).param("id", id).update();
    }

    void succeeded(long id) {
        jdbc.sql("update outage_subscription set failures = 0 where id = :id and failures > 0").param("id", id).update();
    }

    /** Resumes the paused subscriptions of the conversation; how many. */
    int resume(ConversationRef where) {
        return jdbc.sql("update outage_subscription set state = 'ACTIVE', failures = 0, changed_at = :now "
                        + "where platform = :platform and workspace_id = :workspace and channel_id = :channel and state = 'PAUSED'")
                .param("platform", where.platform().name()).param("workspace", where.workspaceId())
                .param("channel", where.channelId()).param("now", now()).update();
    }

    /**
     * Gives an orphaned subscription of the conversation to a new owner, once, in the language they
     * took it over in; false when it was not orphaned (any more).
     */
    boolean takeOver(ConversationRef where, long id, ChatUser owner, String portalUserId, String ownerName, Language language, Scope scope) {
        return jdbc.sql("""
                        update outage_subscription set owner_workspace_id = :ownerWorkspace, owner_user_id = :owner, owner_portal_user_id = :portalUser,
                            owner_portal_name = :ownerName, language = :language, scope = cast(:scope as jsonb), state = 'ACTIVE', failures = 0,
                            changed_at = :now
                        where id = :id and state = 'ORPHANED' and platform = :platform and workspace_id = :workspace and channel_id = :channel""")
                .param("ownerWorkspace", owner.workspaceId()).param("owner", owner.userId()).param("portalUser", portalUserId)
                .param("ownerName", ownerName).param("language", language.name()).param("scope", JSON.writeValueAsString(scope))
                .param("now", now()).param("id", id)
                .param("platform", where.platform().name()).param("workspace", where.workspaceId())
                .param("channel", where.channelId()).update() == 1;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    static Subscription row(ResultSet rs, int rowNum) throws SQLException {
        Platform platform = Platform.valueOf(rs.getString("platform"));
        String workspace = rs.getString("workspace_id");
        String quiet = rs.getString("quiet");
        return new Subscription(rs.getLong("id"),
                new ConversationRef(platform, workspace, rs.getString("channel_id"), rs.getBoolean("shared")),
                new ChatUser(platform, rs.getString("owner_workspace_id"), rs.getString("owner_user_id")), rs.getString("owner_portal_user_id"),
                rs.getString("owner_portal_name"), Language.valueOf(rs.getString("language")),
                JSON.readValue(rs.getString("filter"), NoticeFilter.class), JSON.readValue(rs.getString("scope"), Scope.class),
                quiet == null ? null : JSON.readValue(quiet, QuietHours.class),
                Subscription.State.valueOf(rs.getString("state")), rs.getInt("failures"));
    }
}
