package se.connectbot.embeddeddb;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.jspecify.annotations.Nullable;

/**
 * With no {@code spring.datasource.url}, starts (or joins) the embedded PostgreSQL and points the
 * application's DataSource at a database of its own. Production sets {@code spring.datasource.*}
 * and this steps aside.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "__never__")
@EnableConfigurationProperties(EmbeddedDatabaseAutoConfiguration.EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(DataSource.class)
    HikariDataSource dataSource(EmbeddedDatabaseProperties properties) {
        EmbeddedDatabase database = EmbeddedPostgresServer.database(properties.dataDirectory(), properties.database());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.url());
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setPoolName("embedded-" + properties.database());
        return dataSource;
    }

    /**
     * @param database      the database of this application on the shared server
     * @param dataDirectory where the server keeps data across runs; unset: temporary
     * @param poolSize      connections in this application's pool
     */
    @ConfigurationProperties("embedded-db")
    public record EmbeddedDatabaseProperties(String database, @Nullable Path dataDirectory, int poolSize) {
        public EmbeddedDatabaseProperties {
            if (database == null || database.isBlank()) {
                database = "app";
            }
            if (poolSize <= 0) {
                poolSize = 10;
            }
        }
    }
}
