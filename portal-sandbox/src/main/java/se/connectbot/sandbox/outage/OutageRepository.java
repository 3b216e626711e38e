package se.connectbot.sandbox.outage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;

/**
 * Reads and writes outages. Writers take the next feed number with {@link #nextChangeSeq()},
 * which locks the feed row until their transaction ends, so changes commit in feed order.
 */
@Repository
class OutageRepository {

    private static final String ORDER =
            " order by case o.severity when 'CRITICAL' then 0 when 'MAJOR' then 1 else 2 end, o.started_at desc, o.id";

    private final JdbcClient jdbc;

    OutageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Outage> list(OutageFilter filter, Instant now) {
        List<String> states = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.active()) {
            states.add("o.status = 'ACTIVE'");
        }
        if (filter.resolvedWithinDays() != null) {
            states.add("(o.status = 'RESOLVED' and o.resolved_at >= :resolvedSince)");
            params.put("resolvedSince", utc(now.minusSeconds(86_400L * filter.resolvedWithinDays())));
        }
        List<String> conditions = new ArrayList<>();
        conditions.add(states.isEmpty() ? "false" : "(" + String.join(" or ", states) + ")");
        if (filter.municipality() != null) {
            conditions.add("exists (select 1 from unnest(o.municipalities) m where lower(m) = lower(:municipality))");
            params.put("municipality", filter.municipality());
        }
        if (filter.postcode() != null) {
            conditions.add(":postcode = any(o.postcodes)");
            params.put("postcode", filter.postcode());
        }
        if (filter.network() != null) {
            conditions.add(":network = any(o.networks)");
            params.put("network", filter.network().name());
        }
        if (filter.kind() != null) {
            conditions.add("o.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        return withUpdates(jdbc.sql("select o.* from outage o where " + String.join(" and ", conditions) + ORDER)
                .params(params).query(OutageRepository::row).list());
    }

    Optional<Outage> find(String id) {
        return withUpdates(jdbc.sql("select o.* from outage o where o.id = :id").param("id", id)
                .query(OutageRepository::row).list()).stream().findFirst();
    }

    /** The outages changed after feed number {@code after}, oldest change first, with their feed numbers. */
    List<FeedEntry> changedAfter(long after, int limit) {
        List<Row> rows = jdbc.sql("select o.* from outage o where o.change_seq > :after order by o.change_seq limit :limit")
                .param("after", after).param("limit", limit).query(OutageRepository::row).list();
        List<Outage> changed = withUpdates(rows);
        List<FeedEntry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            entries.add(new FeedEntry(changed.get(i), rows.get(i).changeSeq()));
        }
        return entries;
    }

    /** The feed number of the latest committed change; 0 before any. */
    long lastChangeSeq() {
        return jdbc.sql("select last_seq from outage_feed where id = 1").query(Long.class).single();
    }

    /** Takes the next feed number, holding the feed's lock until the transaction ends. */
    long nextChangeSeq() {
        return jdbc.sql("update outage_feed set last_seq = last_seq + 1 where id = 1 returning last_seq").query(Long.class).single();
    }

    String nextId() {
        return "out-" + jdbc.sql("select nextval('outage_id_seq')").query(Long.class).single();
    }

    /** Locks the outage's row for a change in this transaction. */
    Optional<Outage> findForUpdate(String id) {
        return withUpdates(jdbc.sql("select o.* from outage o where o.id = :id for update").param("id", id)
                .query(OutageRepository::row).list()).stream().findFirst();
    }

    void insert(Outage outage, long changeSeq) {
        jdbc.sql("""
                insert into outage (id, title, description, kind, networks, severity, municipalities, postcodes,
                                    started_at, expected_end, resolved_at, status, updated_at, version, change_seq)
                values (:id, :title, :description, :kind, :networks, :severity, :municipalities, :postcodes,
                        :startedAt, :expectedEnd, :resolvedAt, :status, :updatedAt, :version, :changeSeq)""")
                .params(params(outage, changeSeq))
                .update();
    }

    void update(Outage outage, long changeSeq) {
        jdbc.sql("""
                update outage set title = :title, description = :description, kind = :kind, networks = :networks,
                    severity = :severity, municipalities = :municipalities, postcodes = :postcodes,
                    started_at = :startedAt, expected_end = :expectedEnd, resolved_at = :resolvedAt, status = :status,
                    updated_at = :updatedAt, version = :version, change_seq = :changeSeq
                where id = :id""")
                .params(params(outage, changeSeq))
                .update();
    }

    void addUpdate(String outageId, Instant at, String text) {
        jdbc.sql("""
                insert into outage_update (outage_id, position, at, text)
                values (:id, (select coalesce(max(position), 0) + 1 from outage_update where outage_id = :id), :at, :text)""")
                .param("id", outageId).param("at", utc(at)).param("text", text)
                .update();
    }

    private static Map<String, Object> params(Outage outage, long changeSeq) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", outage.id());
        params.put("title", outage.title());
        params.put("description", outage.description());
        params.put("kind", outage.kind().name());
        params.put("networks", outage.networks().stream().map(Enum::name).toArray(String[]::new));
        params.put("severity", outage.severity().name());
        params.put("municipalities", outage.municipalities().toArray(String[]::new));
        params.put("postcodes", outage.postcodes().toArray(String[]::new));
        params.put("startedAt", utc(outage.startedAt()));
        params.put("expectedEnd", outage.expectedEnd() == null ? null : utc(outage.expectedEnd()));
        params.put("resolvedAt", outage.resolvedAt() == null ? null : utc(outage.resolvedAt()));
        params.put("status", outage.status().name());
        params.put("updatedAt", utc(outage.updatedAt()));
        params.put("version", outage.version());
        params.put("changeSeq", changeSeq);
        return params;
    }

    private List<Outage> withUpdates(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Outage.Update>> updates = new LinkedHashMap<>();
        jdbc.sql("select outage_id, at, text from outage_update where outage_id = any(:ids) order by outage_id, position")
                .param("ids", rows.stream().map(Row::id).toArray(String[]::new))
                .query(rs -> {
                    updates.computeIfAbsent(rs.getString("outage_id"), k -> new ArrayList<>())
                            .add(new Outage.Update(rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("text")));
                });
        return rows.stream().map(row -> row.toOutage(updates.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("title"), rs.getString("description"),
                OutageKind.valueOf(rs.getString("kind")),
                strings(rs.getArray("networks")).stream().map(Network::valueOf).toList(),
                Outage.Severity.valueOf(rs.getString("severity")),
                strings(rs.getArray("municipalities")), strings(rs.getArray("postcodes")),
                instant(rs, "started_at"), instant(rs, "expected_end"), instant(rs, "resolved_at"),
                Outage.OutageStatus.valueOf(rs.getString("status")), instant(rs, "updated_at"), rs.getLong("version"),
                rs.getLong("change_seq"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** An outage as the change feed hands it out, with the feed number of its latest change. */
    record FeedEntry(Outage outage, long changeSeq) {
    }

    private record Row(String id, String title, String description, OutageKind kind, List<Network> networks,
            Outage.Severity severity, List<String> municipalities, List<String> postcodes, @Nullable Instant startedAt,
            @Nullable Instant expectedEnd, @Nullable Instant resolvedAt, Outage.OutageStatus status,
            @Nullable Instant updatedAt, long version, long changeSeq) {

        Outage toOutage(List<Outage.Update> updates) {
            return new Outage(id, title, description, kind, networks, severity, municipalities, postcodes,
                    Objects.requireNonNull(startedAt), expectedEnd, resolvedAt, status, updates,
                    Objects.requireNonNull(updatedAt), version);
        }
    }
}
