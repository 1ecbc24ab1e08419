package org.salus.jobs;

import java.lang.management.ManagementFactory;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.salus.node.NodeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once per cluster: every {@code @Scheduled} method also carries ShedLock's
 * {@code @SchedulerLock}, and runs only on the node that takes the job's row in the
 * {@code shedlock} table (migration V38; H2 and PostgreSQL alike). Another node whose timer fires
 * meanwhile skips that run. Lock times are the database's ({@code usingDbTime}), so the nodes'
 * clocks do not matter.
 * <p>
 * The lock wraps the method itself (ShedLock's PROXY_METHOD mode), so a direct call, as tests
 * make, is locked too. It is ordered outside {@code @Transactional}: the job's transaction commits
 * before the lock is released, so the next node to take the lock sees the job's work and finds
 * nothing left to do.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = Ordered.HIGHEST_PRECEDENCE)
public class JobLockConfiguration {

    public static final String TABLE = "shedlock";

    @Bean
    LockProvider lockProvider(DataSource dataSource, NodeProperties node) {
        String nodeId = node.id();
        boolean named = nodeId != null && !nodeId.isBlank();
        return forNode(
                dataSource,
                named ? nodeId : ManagementFactory.getRuntimeMXBean().getName());
    }

    /**
     * The lock provider of one node; {@code lockedBy} names the node in the table's
     * {@code locked_by} (by default {@code pid@host}, so two nodes on one machine differ). Public
     * so that a test can play a second node against the same database.
     */
    public static LockProvider forNode(DataSource dataSource, String lockedBy) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(TABLE)
                .withLockedByValue(lockedBy)
                .usingDbTime()
                .build());
    }
}
