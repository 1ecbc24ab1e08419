package org.salus.imports;

import java.util.List;
import java.util.Map;

import org.salus.web.PageContext;

/** Typed models of the admin import pages ({@code jte/imports}). */
public final class ImportPages {

    private ImportPages() {}

    /** The upload form and the recent imports; {@code problem} is a message key for a refused upload. */
    public record Upload(PageContext ctx, Map<String, String> formats, List<ImportJob> recent, String problem) {}

    public record Status(PageContext ctx, ImportJob job) {}
}
