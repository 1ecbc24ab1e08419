package org.salus.article;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bundled sample content, {@code salus.sample-content.*}.
 *
 * @param enabled whether the sample dictionary and articles are loaded into an empty database at first start
 */
@ConfigurationProperties("salus.sample-content")
public record SampleContentProperties(@DefaultValue("true") boolean enabled) {}
