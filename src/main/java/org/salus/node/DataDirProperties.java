package org.salus.node;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where this node keeps its files, {@code salus.data-dir}.
 * <p>
 * Its default, {@code ./data}, stays in {@code application.properties}: other settings refer to it
 * there ({@code spring.datasource.url}, {@code salus.search.index-dir}), and a placeholder sees only the
 * environment, not this record.
 *
 * @param dataDir folder for the embedded H2 database and the search index; relative to the working directory,
 *                set an absolute path in deployments ({@code --salus.data-dir=/var/lib/salus})
 */
@ConfigurationProperties("salus")
public record DataDirProperties(Path dataDir) {}
