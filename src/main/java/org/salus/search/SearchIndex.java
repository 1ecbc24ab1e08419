package org.salus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Lucene index on disk, derived from the database. One background thread does every write:
 * the check at start (rebuilt when missing, stale or unreadable), the updates that follow
 * publications, retirements and term changes (coalesced, committed and visible within
 * milliseconds), and rebuilds an administrator asks for. Searches use the last committed state.
 */
@Component
public class SearchIndex implements DisposableBean {

    /** Raise when the document layout changes: every index with another one is rebuilt. */
    static final String FORMAT = "2";
    private static final String FINGERPRINT = "fingerprint";
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final SearchSource source;
    private final Analyzers analyzers;
    private final Path path;
    private final Clock clock;
    private final boolean rebuildWhenStale;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> pendingArticles = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean termsPending = new AtomicBoolean();
    private final AtomicBoolean drainQueued = new AtomicBoolean();

    private FSDirectory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile Synonyms synonyms = Synonyms.NONE;
    private volatile Status status = new Status(false, 0, null, null, 0, 0);

    SearchIndex(SearchSource source, Analyzers analyzers, Clock clock,
            @Value("${salus.search.index-dir:${salus.data-dir}/search-index}") String path,
            @Value("${salus.search.rebuild-when-stale:true}") boolean rebuildWhenStale) {
        this.source = source;
        this.rebuildWhenStale = rebuildWhenStale;
        this.analyzers = analyzers;
        this.clock = clock;
        this.path = Path.of(path).toAbsolutePath();
    }

    /** What the admin page shows. */
    public record Status(boolean ready, int documents, String lastRebuildReason, Instant lastRebuild,
            long lastRebuildMillis, int rebuilds) {
    }

    public Status status() {
        return status;
    }

    Path path() {
        return path;
    }

    Synonyms synonyms() {
        return synonyms;
    }

    Analyzers analyzers() {
        return analyzers;
    }

    /** Opens the index, rebuilding it first when needed; waits for that at most {@code wait}. */
    void start(Duration wait) {
        Future<?> opened = worker.submit(this::open);
        try {
            opened.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.info("The search index is still being built at {}; search answers when it is done", path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.error("The search index at {} could not be opened; search is unavailable", path, e.getCause());
        }
    }

    /** A publication or retirement of this article: its document is replaced or removed. */
    void articleChanged(long articleId) {
        pendingArticles.add(articleId);
        queueDrain();
    }

    /** Terms changed (the event does not say which): every term document is replaced. */
    void termsChanged() {
        termsPending.set(true);
        queueDrain();
    }

    /** Rebuilds the whole index from the database in the background; readers use the old one meanwhile. */
    Future<?> rebuild(String reason) {
        return worker.submit(() -> {
            if (writer != null) {
                rebuildNow(reason);
            }
        });
    }

    /** Waits until every change queued so far is searchable (for tests and the benchmark). */
    public void awaitQuiet(Duration timeout) {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the search index did not catch up in " + timeout, e);
        }
    }

    /** A searcher over the last committed state, or null before the index is open. Release it. */
    IndexSearcher acquire() throws IOException {
        SearcherManager manager = searchers;
        return manager == null ? null : manager.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        SearcherManager manager = searchers;
        if (searcher != null && manager != null) {
            manager.release(searcher);
        }
    }

    // ---- the worker's side -------------------------------------------------------------------

    private void open() {
        try {
            Files.createDirectories(path);
            String expected = expectedFingerprint();
            String reason = check(expected);
            if ("stale".equals(reason) && !rebuildWhenStale) {
                // An index copied from elsewhere (or the benchmark's) is served as it is.
                log.warn("Search index at {} does not match the database; kept (salus.search.rebuild-when-stale=false)", path);
                reason = null;
            }
            if (reason != null && !reason.equals("missing")) {
                deleteFiles();
            }
            directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzers.index())
                    .setOpenMode(reason == null ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
            if (reason != null) {
                rebuildNow(reason);
            } else {
                synonyms = Synonyms.of(source.nameGroups(), analyzers);
                pendingArticles.clear(); // already in the index: its fingerprint matched the database
                termsPending.set(false);
                markReady(null, 0);
                log.info("Search index at {} is current ({} documents)", path, status.documents());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when the index on disk matches the database, else why it must be rebuilt. */
    private String check(String expected) {
        try (FSDirectory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                return "missing";
            }
            String stored = SegmentInfos.readLatestCommit(dir).getUserData().get(FINGERPRINT);
            if (!expected.equals(stored)) {
                return "stale";
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                // Opening checks every segment's header and footer.
                return reader.numDocs() >= 0 ? null : "empty";
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The search index at {} cannot be read ({}); it is rebuilt", path, e.toString());
            return "unreadable";
        }
    }

    private void deleteFiles() throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private String expectedFingerprint() {
        return FORMAT + ";" + source.fingerprint();
    }

    private void rebuildNow(String reason) {
        long started = System.nanoTime();
        try {
            pendingArticles.clear();
            termsPending.set(false);
            String fingerprint = expectedFingerprint(); // read first: later changes make it stale, never the reverse
            List<List<String>> names = new ArrayList<>();
            writer.deleteAll();
            source.eachArticle(article -> {
                try {
                    add(article);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                names.add(names(article));
            });
            for (Searchable term : source.terms()) {
                add(term);
                names.add(names(term));
            }
            commit(fingerprint);
            synonyms = Synonyms.of(names, analyzers);
            long millis = (System.nanoTime() - started) / 1_000_000;
            markReady(reason, millis);
            log.info("Search index rebuilt ({}): {} documents in {} ms", reason, status.documents(), millis);
        } catch (IOException | RuntimeException e) {
            log.error("Rebuilding the search index failed", e);
        }
    }

    private void queueDrain() {
        if (drainQueued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /** Applies every queued change in one commit. */
    private void drain() {
        drainQueued.set(false);
        if (writer == null) {
            return; // the index opens later and then matches the database
        }
        try {
            String fingerprint = expectedFingerprint();
            List<Long> ids = new ArrayList<>(pendingArticles);
            pendingArticles.removeAll(ids);
            boolean terms = termsPending.getAndSet(false);
            if (ids.isEmpty() && !terms) {
                return;
            }
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 500));
                for (long id : batch) {
                    writer.deleteDocuments(new Term(Fields.KEY, "article:" + id));
                }
                for (Searchable article : source.articles(batch)) {
                    add(article);
                }
            }
            if (terms) {
                writer.deleteDocuments(new Term(Fields.KIND, Searchable.Kind.TERM.code()));
                for (Searchable term : source.terms()) {
                    add(term);
                }
            }
            commit(fingerprint);
            synonyms = Synonyms.of(source.nameGroups(), analyzers);
            Status s = status;
            status = new Status(true, documents(), s.lastRebuildReason(), s.lastRebuild(), s.lastRebuildMillis(), s.rebuilds());
        } catch (IOException | RuntimeException e) {
            log.error("Updating the search index failed; rebuilding it", e);
            rebuild("update failed");
        }
    }

    private void add(Searchable item) throws IOException {
        writer.addDocument(SearchDocuments.of(item));
    }

    private static List<String> names(Searchable item) {
        List<String> names = new ArrayList<>(1 + item.alsoCalled().size());
        names.add(item.title());
        names.addAll(item.alsoCalled());
        return names;
    }

    private void commit(String fingerprint) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(FINGERPRINT, fingerprint);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private void markReady(String reason, long millis) throws IOException {
        Status s = status;
        status = reason == null
                ? new Status(true, documents(), s.lastRebuildReason(), s.lastRebuild(), s.lastRebuildMillis(), s.rebuilds())
                : new Status(true, documents(), reason, clock.instant(), millis, s.rebuilds() + 1);
    }

    private int documents() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void destroy() throws Exception {
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            writer.close();
        }
        if (directory != null) {
            directory.close();
        }
    }
}
