package org.salus.edition;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.salus.web.ContentCoding;
import org.salus.web.TextSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Renders pages through the app and writes them into an {@link EditionFolder}: the whole site, or
 * the pages a run of changes affects. An address the app answers with 200 becomes its page file,
 * with 410 its gone file; any other answer (a former slug's redirect, a retired term's 404)
 * removes both, so nginx hands the address to the app. A 5xx leaves the files as they are and is
 * reported, to be tried again.
 */
@Component
class EditionWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EditionWriter.class);

    private final PageRenderer renderer;
    private final PageSet pageSet;
    private final StaticEditionProperties settings;
    private final boolean brotli;
    private final ExecutorService renderers;

    EditionWriter(PageRenderer renderer, PageSet pageSet, StaticEditionProperties settings) {
        this.renderer = renderer;
        this.pageSet = pageSet;
        this.settings = settings;
        this.brotli = ContentCoding.brotliAvailable();
        if (!brotli) {
            log.warn("Brotli is not available on this platform: the static edition writes .gz files only");
        }
        AtomicInteger number = new AtomicInteger();
        this.renderers = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "static-edition-render-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Opens a folder for writing (one writer per folder). */
    EditionFolder open(Path dir) {
        if (!renderer.knowsPublicSite()) {
            log.warn("salus.site.base-url is not set: canonical links and JSON-LD in the static edition name"
                    + " the loopback address the pages are rendered through");
        }
        return new EditionFolder(dir, settings.brotliQuality(), brotli);
    }

    /**
     * What a write did. {@code pages} counts the page files the edition now holds for what was
     * rendered; {@code changed} names the addresses whose file was written, replaced by its 410
     * page or removed (what a CDN in front of nginx must purge).
     */
    record Result(
            int pages,
            int written,
            int gone,
            int removed,
            Set<String> rendered,
            Set<String> changed,
            Set<String> failed,
            Duration took) {
        String summary() {
            return "%,d pages (%,d files written, %,d gone, %,d removed%s)"
                    .formatted(pages, written, gone, removed, failed.isEmpty() ? "" : ", " + failed.size() + " failed");
        }
    }

    /** Renders every page anew; files of addresses no longer served are replaced by their 410 page or removed. */
    Result writeAll(EditionFolder folder) {
        long started = System.nanoTime();
        Tally tally = new Tally();
        Set<String> addresses = new LinkedHashSet<>(sitemap(folder, tally));
        addresses.addAll(Addresses.fixed());
        addresses.remove(Addresses.SITEMAP);
        addresses.addAll(pageSet.articlePages());
        addresses.addAll(pageSet.termPages());
        addresses.addAll(pageSet.groupPages());
        addresses.addAll(pageSet.reviewerPages());
        addresses.addAll(folder.pageAddresses()); // whatever is there and no longer served
        addresses.addAll(folder.goneAddresses());
        renderAll(folder, addresses, tally);
        writeTextSizes(folder);
        return tally.result(started);
    }

    /** Renders again the pages a run of changes affects (see {@link Affected}). */
    Result update(EditionFolder folder, Affected.Snapshot changed) {
        if (changed.everything()) {
            return writeAll(folder);
        }
        long started = System.nanoTime();
        Tally tally = new Tally();
        Set<String> addresses = new LinkedHashSet<>(changed.addresses());
        Set<String> named = new LinkedHashSet<>();
        if (changed.touchesArticles() || changed.touchesTerms()) {
            addresses.addAll(sitemap(folder, tally));
            addresses.add(Addresses.FEED);
        }
        if (changed.touchesArticles()) {
            addresses.addAll(Addresses.ARTICLE_LISTS);
            named.addAll(pageSet.articlePages(changed.articles()));
            // Term pages that list these articles by an editor's choice, not by a link in their text.
            addresses.addAll(pageSet.termPagesListing(changed.articles()));
            Set<String> live = pageSet.articlePages();
            if (changed.allArticles()) {
                addresses.addAll(live);
            }
            addresses.addAll(notServed(folder, live, "/topics/", "/quizzes/"));
            // A group page lists its articles' titles: any article change may alter one, and there
            // are few; a page whose bytes did not change is not rewritten.
            Set<String> groups = pageSet.groupPages();
            addresses.addAll(groups);
            addresses.addAll(notServed(folder, groups, Addresses.GROUP_PREFIXES.toArray(String[]::new)));
            // A reviewer's page lists the articles they approved, in both languages, and a profile
            // edit is an every-article change: few pages, rewritten only when their bytes differ.
            Set<String> reviewers = pageSet.reviewerPages();
            addresses.addAll(reviewers);
            addresses.addAll(notServed(folder, reviewers, Addresses.REVIEWER_PREFIXES.toArray(String[]::new)));
        }
        if (changed.touchesTerms()) {
            addresses.addAll(Addresses.TERM_LISTS);
            named.addAll(pageSet.termPages(changed.terms()));
            addresses.addAll(notServed(folder, pageSet.termPages(), Addresses.TERM_PREFIX));
        }
        // The term pages the changed pages link to, before and after: they list the article (by its
        // title) or relate to the term.
        Set<String> linked = new LinkedHashSet<>();
        for (String address : named) {
            linked.addAll(Addresses.termLinks(folder.page(address)));
        }
        addresses.addAll(named);
        renderAll(folder, addresses, tally);
        for (String address : named) {
            linked.addAll(Addresses.termLinks(folder.page(address)));
        }
        linked.removeAll(addresses);
        renderAll(folder, linked, tally);
        return tally.result(started);
    }

    /** Files under these prefixes whose address is not a page any more (a former slug, a retired page). */
    private static Set<String> notServed(EditionFolder folder, Set<String> live, String... prefixes) {
        Set<String> stale = new LinkedHashSet<>();
        List<String> present = new ArrayList<>(folder.pageAddresses());
        present.addAll(folder.goneAddresses());
        for (String address : present) {
            for (String prefix : prefixes) {
                if (address.startsWith(prefix) && !live.contains(address)) {
                    stale.add(address);
                }
            }
        }
        return stale;
    }

    /** Writes the sitemap index and returns the sitemap files it names, and those the folder has. */
    private Set<String> sitemap(EditionFolder folder, Tally tally) {
        PageRenderer.Rendered index = renderer.render(Addresses.SITEMAP);
        apply(folder, Addresses.SITEMAP, index, tally);
        Set<String> files = new LinkedHashSet<>(index.ok() ? Addresses.sitemapFiles(index.body()) : Set.of());
        folder.pageAddresses().stream()
                .filter(address -> address.startsWith(Addresses.SITEMAP_FILES))
                .forEach(files::add);
        return files;
    }

    /** {@code pages/text-size/<size>.css}: the app's {@code /text-size.css} for each size a cookie can choose. */
    void writeTextSizes(EditionFolder folder) {
        for (TextSize size : TextSize.values()) {
            PageRenderer.Rendered css = renderer.textSize(size);
            if (css.ok()) {
                folder.writeOther(EditionFolder.PAGES + "/text-size/" + size.code() + ".css", css.body(), true);
            } else {
                log.debug("/text-size.css answered {}: no text-size stylesheet written", css.status());
            }
        }
    }

    private void renderAll(EditionFolder folder, Collection<String> addresses, Tally tally) {
        List<Future<?>> work = new ArrayList<>(addresses.size());
        for (String address : addresses) {
            if (!Addresses.isValid(address)) {
                // A slug no file name can hold safely: the address stays with the app.
                log.warn("The static edition leaves {} to the app: not a plain lower-case address", address);
                continue;
            }
            work.add(renderers.submit(() -> apply(folder, address, renderer.render(address), tally)));
        }
        for (Future<?> done : work) {
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the static edition", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("writing the static edition failed", e.getCause());
            }
        }
    }

    private static void apply(EditionFolder folder, String address, PageRenderer.Rendered page, Tally tally) {
        tally.rendered.add(address);
        if (page.ok()) {
            tally.pages.incrementAndGet();
            if (folder.writePage(address, page.body())) {
                tally.written.incrementAndGet();
                tally.changed.add(address);
            }
        } else if (page.gone()) {
            if (folder.writeGone(address, page.body())) {
                tally.gone.incrementAndGet();
                tally.changed.add(address);
            }
        } else if (page.failed()) {
            log.warn("The static edition could not render {}: the app answered {}", address, page.status());
            tally.failed.add(address);
        } else if (folder.remove(address)) {
            tally.removed.incrementAndGet();
            tally.changed.add(address);
        }
    }

    private static final class Tally {
        final AtomicInteger pages = new AtomicInteger();
        final AtomicInteger written = new AtomicInteger();
        final AtomicInteger gone = new AtomicInteger();
        final AtomicInteger removed = new AtomicInteger();
        final Set<String> rendered = ConcurrentHashMap.newKeySet();
        final Set<String> changed = ConcurrentHashMap.newKeySet();
        final Set<String> failed = ConcurrentHashMap.newKeySet();

        Result result(long started) {
            return new Result(
                    pages.get(),
                    written.get(),
                    gone.get(),
                    removed.get(),
                    Set.copyOf(rendered),
                    Set.copyOf(changed),
                    Set.copyOf(failed),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    @Override
    public void destroy() {
        renderers.shutdownNow();
    }
}
