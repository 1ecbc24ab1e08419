package org.salus.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.changes.CachedContent;
import org.salus.changes.ContentCaches;
import org.salus.web.PageContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code /sitemap.xml} is always a sitemap index, so the site never has to change formats when
 * it grows past the protocol's 50,000 addresses per file: it lists {@code /sitemaps/pages.xml}
 * (home, topics A–Z, quizzes, dictionary A–Z), then {@code /sitemaps/topics-N.xml},
 * {@code /sitemaps/quizzes-N.xml} and {@code /sitemaps/dictionary-N.xml}, each at most
 * {@code salus.feed.sitemap-urls-per-file} addresses, by slug. Only published articles, published
 * quizzes (at {@code /quizzes/{slug}}) and live dictionary terms are listed.
 */
@Controller
class SitemapController {

    static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);
    private static final Pattern FILE =
            Pattern.compile("(pages|topics|quizzes|dictionary)(?:-([1-9][0-9]{0,5}))?\\.xml");

    private final FeedRepository repository;
    private final int perFile;
    // A large site's topic file takes tens of milliseconds to build: keep each built file until the
    // change log names an article or a term.
    private final Cache<String, RenderedXml> files;

    SitemapController(FeedRepository repository, FeedProperties properties, ContentCaches caches) {
        this.files = caches.get(CachedContent.SITEMAPS);
        this.repository = repository;
        this.perFile = properties.sitemapUrlsPerFile();
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index(PageContext ctx, ServletWebRequest request) {
        SurrogateKeys.tag(List.of(CdnKeys.SITEMAPS));
        return files.get("index@" + ctx.baseUrl(), key -> index(ctx.baseUrl())).respond(request, XML);
    }

    private RenderedXml index(String baseUrl) {
        Instant articles = repository.latestArticlePublication().orElse(null);
        Instant quizzes = repository.latestQuizPublication().orElse(null);
        Instant terms = repository.latestTermUpdate().orElse(null);
        List<SitemapWriter.IndexEntry> entries = new ArrayList<>();
        entries.add(new SitemapWriter.IndexEntry("/sitemaps/pages.xml", latest(articles, quizzes, terms)));
        // Each file's lastmod is the newest change anywhere in its kind: cheap, and never too old.
        for (int page = 1; page <= pages(repository.publishedArticleCount()); page++) {
            entries.add(new SitemapWriter.IndexEntry("/sitemaps/topics-" + page + ".xml", articles));
        }
        for (int page = 1; page <= pages(repository.publishedQuizCount()); page++) {
            entries.add(new SitemapWriter.IndexEntry("/sitemaps/quizzes-" + page + ".xml", quizzes));
        }
        for (int page = 1; page <= pages(repository.liveTermCount()); page++) {
            entries.add(new SitemapWriter.IndexEntry("/sitemaps/dictionary-" + page + ".xml", terms));
        }
        return RenderedXml.of(SitemapWriter.index(entries, baseUrl), latest(articles, quizzes, terms));
    }

    @GetMapping("/sitemaps/{file}")
    ResponseEntity<byte[]> file(@PathVariable String file, PageContext ctx, ServletWebRequest request) {
        Matcher name = FILE.matcher(file);
        if (!name.matches() || (name.group(1).equals("pages") != (name.group(2) == null))) {
            return PlainText.notFound("No such sitemap file. The list of sitemap files is /sitemap.xml.");
        }
        SurrogateKeys.tag(List.of(CdnKeys.SITEMAPS)); // written only if the file exists (not on a 404)
        String key = file + "@" + ctx.baseUrl();
        RenderedXml rendered = files.get(key, k -> file(name, ctx.baseUrl()));
        if (rendered.body().length == 0) {
            files.invalidate(key); // made-up page numbers must not crowd real files out of the cache
            return PlainText.notFound("No such sitemap file. The list of sitemap files is /sitemap.xml.");
        }
        return rendered.respond(request, XML);
    }

    /** The file's document, or an empty body when the page number is past the last file. */
    private RenderedXml file(Matcher name, String baseUrl) {
        List<SitemapUrl> urls = switch (name.group(1)) {
            case "pages" -> pages();
            case "topics" -> repository.publishedArticles(offset(name), perFile);
            case "quizzes" -> repository.publishedQuizzes(offset(name), perFile);
            default -> repository.liveTerms(offset(name), perFile);
        };
        if (urls.isEmpty()) {
            return RenderedXml.of(new byte[0], Instant.EPOCH);
        }
        Instant lastModified = urls.stream()
                .map(SitemapUrl::lastModified)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        return RenderedXml.of(SitemapWriter.urlset(urls, baseUrl), lastModified);
    }

    private List<SitemapUrl> pages() {
        Instant articles = repository.latestArticlePublication().orElse(null);
        Instant quizzes = repository.latestQuizPublication().orElse(null);
        Instant terms = repository.latestTermUpdate().orElse(null);
        return List.of(
                new SitemapUrl("/", articles, List.of()),
                new SitemapUrl("/topics", articles, List.of()),
                new SitemapUrl("/quizzes", quizzes, List.of()), // no lastmod while there is no quiz
                new SitemapUrl("/dictionary", terms, List.of()));
    }

    private int offset(Matcher name) {
        long page = Long.parseLong(name.group(2));
        return (int) Math.min(Integer.MAX_VALUE, (page - 1) * perFile);
    }

    private int pages(int count) {
        return (count + perFile - 1) / perFile;
    }

    private static Instant latest(Instant... instants) {
        return Stream.of(instants)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }
}
