package org.salus.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The quality checks' settings, {@code salus.quality.*}.
 *
 * @param minScore publishing a revision whose quality score (0–100, the share of automated PEMAT / Clear
 *        Communication checks passed) is below this needs a recorded reason; 0 turns the limit off
 */
@ConfigurationProperties("salus.quality")
public record QualityProperties(@DefaultValue("70") int minScore) {}
