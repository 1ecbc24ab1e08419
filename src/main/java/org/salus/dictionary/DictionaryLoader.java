package org.salus.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.salus.article.SampleContentProperties;
import org.salus.command.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled sample dictionary into an empty database at first start, before the sample
 * articles (so their first rendering already links the terms); not when {@code salus.sample-content.enabled}
 * is false.
 */
@Component
@Order(-10)
class DictionaryLoader implements ApplicationRunner {

    static final String LOCATION = "classpath*:dictionary/**/*.md";
    private static final Logger log = LoggerFactory.getLogger(DictionaryLoader.class);

    private final Dictionary dictionary;
    private final TermRepository terms;
    private final boolean enabled;

    DictionaryLoader(Dictionary dictionary, TermRepository terms, SampleContentProperties settings) {
        this.dictionary = dictionary;
        this.terms = terms;
        this.enabled = settings.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || Commands.isCommand(args.getSourceArgs()) || terms.count() > 0) {
            return;
        }
        int saved = dictionary.saveAll(read());
        log.info("Loaded {} sample dictionary terms into an empty database", saved);
    }

    static List<TermDraft> read() {
        TermFileParser parser = new TermFileParser();
        List<TermDraft> drafts = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream in = resource.getInputStream()) {
                    drafts.add(parser.parse(
                            resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drafts;
    }
}
