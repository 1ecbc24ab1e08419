package org.salus.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ReflectionUtils;

/**
 * Scheduled jobs run on one node at a time, through the lock the site configures
 * ({@link JobLockConfiguration}): on H2 in {@link JobLocksTests}, on PostgreSQL in
 * {@link JobLocksPostgresTests}. "Another node" is a second lock provider on the same database
 * with its own name, as another JVM would have. (Scheduled publishing under another node's lock:
 * {@code EditorialWorkflowContract}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(JobLocksContract.Probe.class)
abstract class JobLocksContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    ProbeJob probe;

    /**
     * Jobs that every node must run for itself (say, one that refreshes this node's own caches or
     * index), as {@code Class.method}: the only scheduled methods allowed to go without a lock.
     * {@code IssuedCardsListener.write} writes this node's own queue of CDS Hooks cards shown.
     */
    static final Set<String> PER_NODE_JOBS = Set.of("IssuedCardsListener.write");

    @Test
    void everyScheduledMethodOfTheSiteTakesALock() {
        List<String> scheduled = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith("org.salus.") || type == ProbeJob.class) {
                continue;
            }
            ReflectionUtils.doWithMethods(type, method -> {
                if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    scheduled.add(type.getSimpleName() + "." + method.getName());
                    if (!AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class)
                            && !PER_NODE_JOBS.contains(type.getSimpleName() + "." + method.getName())) {
                        unlocked.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            });
        }

        assertThat(scheduled)
                .contains("EditorialWorkflow.publishDue", "StoryRetention.run", "ExpiredBucketCleanup.run");
        assertThat(unlocked).isEmpty();
    }

    @Test
    void whileAnotherNodeHoldsTheLockTheJobDoesNotRunHere() {
        int before = probe.runs();
        Optional<SimpleLock> otherNode = otherNode().lock(lockOf(ProbeJob.LOCK));
        assertThat(otherNode).isPresent();
        try {
            probe.run();
            assertThat(probe.runs()).isEqualTo(before);
        } finally {
            otherNode.get().unlock();
        }

        probe.run();
        assertThat(probe.runs()).isEqualTo(before + 1);
    }

    @Test
    void aSecondRunStartedWhileTheFirstIsRunningIsSkippedAndTheLockOutlivesTheTransaction() {
        int before = probe.runs();

        // Called through the Spring proxy from another thread, while this run holds the lock.
        probe.whileRunning(() -> CompletableFuture.runAsync(probe::run).join());
        probe.run();
        Map<String, Boolean> seen = probe.seen();

        assertThat(probe.runs()).as("runs").isEqualTo(before + 1);
        assertThat(seen)
                .containsEntry("in a transaction", true)
                .containsEntry("another node could lock during the run", false)
                .containsEntry("another node could lock when the transaction completed", false);
        Optional<SimpleLock> afterwards = otherNode().lock(lockOf(ProbeJob.LOCK));
        assertThat(afterwards).as("released after the run").isPresent();
        afterwards.get().unlock();
    }

    LockProvider otherNode() {
        return JobLockConfiguration.forNode(dataSource, "another-node");
    }

    static LockConfiguration lockOf(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {

        @Bean
        ProbeJob probeJob(DataSource dataSource) {
            return new ProbeJob(dataSource);
        }
    }

    /**
     * A job like the site's (locked, transactional) that records what it saw while it ran. Reached
     * only through methods: it is a proxy, whose fields are not the job's.
     */
    static class ProbeJob {

        static final String LOCK = "test.probe-job";

        private final AtomicInteger runs = new AtomicInteger();
        private final DataSource dataSource;
        private volatile Runnable during = () -> {};
        private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

        ProbeJob(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @SchedulerLock(name = LOCK, lockAtMostFor = "PT1M", lockAtLeastFor = "PT0S")
        @Transactional
        public void run() {
            runs.incrementAndGet();
            Runnable now = during;
            during = () -> {};
            seen.put("in a transaction", TransactionSynchronizationManager.isActualTransactionActive());
            seen.put("another node could lock during the run", canLock());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    seen.put("another node could lock when the transaction completed", canLock());
                }
            });
            now.run();
        }

        public int runs() {
            return runs.get();
        }

        /** What the next run does while it holds the lock. */
        public void whileRunning(Runnable action) {
            seen.clear();
            during = action;
        }

        public Map<String, Boolean> seen() {
            return Map.copyOf(seen);
        }

        private boolean canLock() {
            Optional<SimpleLock> lock =
                    JobLockConfiguration.forNode(dataSource, "another-node").lock(lockOf(LOCK));
            lock.ifPresent(SimpleLock::unlock);
            return lock.isPresent();
        }
    }
}
