package org.salus.search;

import org.salus.web.PageContext;

/** The model of {@code search/admin.jte}. {@code queued}: a rebuild was just asked for. */
public record SearchAdminPage(PageContext ctx, SearchIndex.Status status, String path, long bytes, boolean queued) {}
