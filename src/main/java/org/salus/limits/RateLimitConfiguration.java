package org.salus.limits;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Chooses where the site's rate limits are counted: shared in PostgreSQL, or in memory on H2. */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    @Bean
    RateLimitBuckets rateLimitBuckets(DataSource dataSource) {
        return forDatabase(dataSource);
    }

    /**
     * The buckets for this database: {@link SharedRateLimitBuckets} on PostgreSQL (any number of
     * app nodes), {@link LocalRateLimitBuckets} otherwise (H2 serves one node). Public so that a
     * test can stand up a second "node" against the same database.
     */
    public static RateLimitBuckets forDatabase(DataSource dataSource) {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database holds the rate limits", e);
        }
        return "PostgreSQL".equalsIgnoreCase(product)
                ? new SharedRateLimitBuckets(dataSource)
                : new LocalRateLimitBuckets();
    }
}
