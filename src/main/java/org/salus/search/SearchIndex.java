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
import org.salus.changes.Change;
import org.salus.changes.ChangeHistory;
import org.salus.changes.ChangeListener;
import org.salus.changes.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The Lucene index on disk, derived from the database. It follows the change log: each commit
 * stores the log position it has applied, so at start it applies only what changed since (on this
 * node, another node, by command) and rebuilds only when the index is missing, unreadable, of
 * another format or from another database. One background thread does every write: that check,
 * the updates that follow changes (coalesced, committed and visible within milliseconds), and
 * rebuilds an administrator asks for. Searches use the last committed state.
 */
@Component
public class SearchIndex implements ChangeListener, DisposableBean {

    /** Raise when the document layout changes: every index with another one is rebuilt. */
    static final String FORMAT = "5"; // 3: quizzes are kind "quiz", with their question prompts; 4: sources;
    // 5: doc values for ranking (syndicated, code count, duplicate key)

    private static final String FORMAT_KEY = "format";
    /** The change-log position applied, and when that change was recorded (identifies the log). */
    private static final String POSITION = "change-position";

    private static final String POSITION_STAMP = "change-recorded";
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final SearchSource source;
    private final ChangeHistory changes;
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
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    /** Every change up to here is in the pending sets (or already in the index). */
    private volatile long queuedThrough;

    private volatile long committedPosition;

    private FSDirectory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile Synonyms synonyms = Synonyms.NONE;
    private volatile Status status = new Status(false, 0, null, null, 0, 0);

    SearchIndex(
            SearchSource source, ChangeHistory changes, Analyzers analyzers, Clock clock, SearchProperties settings) {
        this.source = source;
        this.changes = changes;
        this.rebuildWhenStale = settings.rebuildWhenStale();
        this.analyzers = analyzers;
        this.clock = clock;
        this.path = settings.indexDir().toAbsolutePath();
    }

    /** What the admin page shows. */
    public record Status(
            boolean ready,
            int documents,
            String lastRebuildReason,
            Instant lastRebuild,
            long lastRebuildMillis,
            int rebuilds) {}

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

    /**
     * Changes from the log: a named article's document is replaced or removed, term changes
     * replace every term document, a restore rebuilds. Re-linked pages and changes that name every
     * article at once (a reviewer's name) change no indexed words and are passed over.
     */
    @Override
    public void onChanges(List<Change> changes, long through) {
        boolean work = false;
        for (Change change : changes) {
            if (change.everything()) {
                rebuildPending.set(true);
                work = true;
            }
            if (!change.articles().isEmpty() && change.kind() != Change.Kind.ARTICLES_RELINKED) {
                pendingArticles.addAll(change.articles());
                work = true;
            }
            if (!change.terms().isEmpty()) {
                termsPending.set(true);
                work = true;
            }
        }
        queuedThrough = Math.max(queuedThrough, through);
        if (work) {
            queueDrain();
        }
    }

    /** The change-log position of the last commit (for the admin page and tests). */
    public long position() {
        return committedPosition;
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
            worker.submit(() -> {}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
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
            Checked checked = check();
            String reason = checked.reason();
            long from = checked.position();
            if (checked.stale() && !rebuildWhenStale) {
                // An index copied from elsewhere (or the benchmark's) is served as it is.
                log.warn("Search index at {} {}; kept (salus.search.rebuild-when-stale=false)", path, reason);
                reason = null;
                from = changes.position();
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
                catchUp(from);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the index on disk is: its position in the change log, or why it must be rebuilt. */
    private record Checked(String reason, long position, boolean stale) {
        static Checked rebuild(String reason, boolean stale) {
            return new Checked(reason, 0, stale);
        }
    }

    private Checked check() {
        try (FSDirectory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Checked.rebuild("missing", false);
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
            if (!FORMAT.equals(data.get(FORMAT_KEY))) {
                return Checked.rebuild("another index format", false);
            }
            String position = data.get(POSITION);
            if (position == null) {
                return Checked.rebuild("no change-log position", true);
            }
            long at = Long.parseLong(position);
            if (at > 0
                    && !changes.stamp(at)
                            .map(stamp -> stamp.equals(data.get(POSITION_STAMP)))
                            .orElse(false)) {
                return Checked.rebuild("built from another database", true);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                // Opening checks every segment's header and footer.
                return reader.numDocs() >= 0 ? new Checked(null, at, false) : Checked.rebuild("empty", false);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The search index at {} cannot be read ({}); it is rebuilt", path, e.toString());
            return Checked.rebuild("unreadable", false);
        }
    }

    /** Applies every change committed after {@code from}, as if it had just arrived. */
    private void catchUp(long from) throws IOException {
        long started = System.nanoTime();
        long live = changes.position();
        int read = 0;
        long last = from;
        ChangeLog.Batch batch;
        do {
            batch = changes.since(last, 1_000);
            onChanges(batch.changes(), 0);
            read += batch.changes().size();
            last = batch.last();
        } while (batch.more());
        // Stored below a position still in flight, so a restart reads it again rather than never.
        queuedThrough = Math.max(queuedThrough, Math.min(last, Math.max(live, from)));
        committedPosition = from;
        synonyms = Synonyms.of(source.nameGroups(), analyzers);
        markReady(null, 0);
        log.info(
                "Search index at {} was at change {}; caught up with {} later changes in {} ms ({} documents)",
                path,
                from,
                read,
                (System.nanoTime() - started) / 1_000_000,
                status.documents());
        drain();
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

    private void rebuildNow(String reason) {
        long started = System.nanoTime();
        try {
            rebuildPending.set(false);
            pendingArticles.clear();
            termsPending.set(false);
            // Read first: a change after it is applied again after the rebuild, never missed.
            long position = changes.position();
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
            commit(position);
            synonyms = Synonyms.of(names, analyzers);
            long millis = (System.nanoTime() - started) / 1_000_000;
            markReady(reason, millis);
            log.info("Search index rebuilt ({}): {} documents in {} ms", reason, status.documents(), millis);
        } catch (IOException | RuntimeException e) {
            log.error("Rebuilding the search index failed", e);
        }
    }

    private void queueDrain() {
        if (worker.isShutdown()) {
            return; // closing: the next start catches up from the stored position
        }
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
        if (rebuildPending.get()) {
            rebuildNow("the database was restored");
            return;
        }
        try {
            long position = queuedThrough; // read before the work: everything up to it is pending or done
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
            commit(position);
            synonyms = Synonyms.of(source.nameGroups(), analyzers);
            Status s = status;
            status = new Status(
                    true, documents(), s.lastRebuildReason(), s.lastRebuild(), s.lastRebuildMillis(), s.rebuilds());
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

    private void commit(long position) throws IOException {
        long at = Math.max(position, committedPosition);
        Map<String, String> data = new HashMap<>();
        data.put(FORMAT_KEY, FORMAT);
        data.put(POSITION, Long.toString(at));
        data.put(POSITION_STAMP, at == 0 ? "" : changes.stamp(at).orElse(""));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        committedPosition = at;
        searchers.maybeRefreshBlocking();
    }

    private void markReady(String reason, long millis) throws IOException {
        Status s = status;
        status = reason == null
                ? new Status(
                        true, documents(), s.lastRebuildReason(), s.lastRebuild(), s.lastRebuildMillis(), s.rebuilds())
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
