package se.connectbot.sandbox.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo data at start-up, before the web server takes
 * requests. Idempotent: with data already there (a kept data directory, a second application
 * context, another instance) it does nothing; an advisory lock keeps two instances from
 * loading at once, and the load is one transaction, so it is all there or not at all.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final long LOCK_KEY = 0x5A4E_D8A7_A000L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DemoProperties properties;
    private final Clock clock;

    DemoDataLoader(JdbcTemplate jdbc, TransactionTemplate transactions, DemoProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.enabled()) {
            load();
        }
    }

    /** @return true when this call loaded the data, false when it was there already */
    boolean load() {
        Boolean loaded = transactions.execute(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK_KEY);
            Integer organisations = jdbc.queryForObject("select count(*) from organisation", Integer.class);
            if (organisations != null && organisations > 0) {
                log.info("Demo data already present ({} organisations); not generating", organisations);
                return false;
            }
            long started = System.nanoTime();
            DemoData.Generated data = DemoData.generate(properties.seed(), clock, properties.targetServices());
            long generated = System.nanoTime();
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                copy(connection, data);
                return null;
            });
            log.info("Demo data loaded: {} services, {} invoices, {} orders, {} tickets (generated in {} ms, written in {} ms)",
                    data.services(), data.invoices(), data.orders(), data.tickets(), (generated - started) / 1_000_000,
                    (System.nanoTime() - generated) / 1_000_000);
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    private static void copy(Connection connection, DemoData.Generated data) throws SQLException {
        for (CopyTable table : data.tables().inLoadOrder()) {
            table.copyInto(connection);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setval('order_number_seq', " + Math.max(1, data.orders()) + ", " + (data.orders() > 0) + ")");
            statement.execute("select setval('ticket_number_seq', " + Math.max(1, data.tickets()) + ", " + (data.tickets() > 0) + ")");
            statement.execute("update outage_feed set last_seq = " + data.outageChanges());
            for (Map.Entry<String, Integer> last : data.lastIds().entrySet()) {
                // the runtime's ids start above the generated ones; this keeps it so at any size
                statement.execute("select setval('" + last.getKey() + "', greatest((select last_value from " + last.getKey()
                        + "), " + last.getValue() + "))");
            }
            statement.execute("analyze");
        }
    }
}
