package org.salus.sources;

import java.time.Instant;
import java.util.List;

import org.salus.web.PageContext;

/** {@code sources/list.jte}: every notice, and when the watch last checked anything ({@code null}: never). */
public record SourceListPage(PageContext ctx, List<SourceNotice> notices, Instant lastRun) {}
