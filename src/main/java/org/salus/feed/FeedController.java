package org.salus.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.changes.CachedContent;
import org.salus.changes.ContentCaches;
import org.salus.web.PageContext;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code GET /feed.atom}: the newest publications of articles as Atom 1.0, optionally of one
 * language ({@code ?lang=es}). Built once per publication and per site address, revalidated
 * with ETag and Last-Modified.
 */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final Set<String> LANGUAGES = Set.of("en", "es");

    private final FeedRepository repository;
    private final AtomFeedWriter writer;
    private final int maxEntries;
    private final Cache<String, RenderedXml> feeds;

    FeedController(FeedRepository repository, MessageSource messages, FeedProperties properties, ContentCaches caches) {
        this.feeds = caches.get(CachedContent.FEEDS);
        this.repository = repository;
        this.writer = new AtomFeedWriter(messages);
        this.maxEntries = properties.maxEntries();
    }

    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> feed(
            @RequestParam(required = false) String lang, PageContext ctx, ServletWebRequest request) {
        if (lang != null && !LANGUAGES.contains(lang)) {
            return PlainText.badRequest("The lang parameter must be en or es, or left out for every language.");
        }
        SurrogateKeys.tag(List.of(CdnKeys.FEEDS));
        String self = lang == null ? "/feed.atom" : "/feed.atom?lang=" + lang;
        return feeds.get(self + "@" + ctx.baseUrl(), key -> render(Optional.ofNullable(lang), ctx, self))
                .respond(request, ATOM);
    }

    private RenderedXml render(Optional<String> language, PageContext ctx, String self) {
        List<FeedEntry> entries = repository.recentPublications(language, maxEntries);
        // An empty feed still needs an 'updated'; the epoch says "nothing yet" and never moves.
        Instant updated = entries.stream()
                .map(FeedEntry::lastPublished)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        byte[] body = writer.write(entries, ctx.baseUrl(), ctx.site().name(), self, language.orElse(null), updated);
        return RenderedXml.of(body, updated);
    }
}
