package org.salus.node;

import java.io.File;
import java.nio.file.Path;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthIndicatorProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Replaces Spring Boot's disk-space check (same name, {@code diskSpace}): it measures the disk of
 * {@code salus.data-dir}, where a node keeps its search index, and its details leave out the
 * server path Boot's would show to anyone asking {@code /actuator/health}. Its threshold is Boot's own setting,
 * {@code management.health.diskspace.threshold} (default 10MB), bound here even when Boot's check is switched off.
 */
@Component("diskSpaceHealthIndicator")
@EnableConfigurationProperties(DiskSpaceHealthIndicatorProperties.class)
class DataDiskHealthIndicator implements HealthIndicator {

    private final Path dataDir;
    private final DataSize threshold;

    DataDiskHealthIndicator(DataDirProperties data, DiskSpaceHealthIndicatorProperties boot) {
        this.dataDir = data.dataDir().toAbsolutePath();
        this.threshold = boot.getThreshold();
    }

    @Override
    public Health health() {
        File disk = existing(dataDir);
        long free = disk.getUsableSpace();
        Health.Builder health = free >= threshold.toBytes() ? Health.up() : Health.down();
        return health.withDetail("total", disk.getTotalSpace())
                .withDetail("free", free)
                .withDetail("threshold", threshold.toBytes())
                .build();
    }

    /** The data folder, or its nearest existing parent before the first start creates it. */
    private static File existing(Path path) {
        Path candidate = path;
        while (candidate.getParent() != null && !candidate.toFile().exists()) {
            candidate = candidate.getParent();
        }
        return candidate.toFile();
    }
}
