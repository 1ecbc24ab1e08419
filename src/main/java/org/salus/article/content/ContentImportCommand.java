package org.salus.article.content;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.springframework.stereotype.Component;

/** {@code import content DIR}: a folder of Markdown content files, added as new revisions. */
@Component
class ContentImportCommand implements Importer {

    private final ContentImporter importer;

    ContentImportCommand(ContentImporter importer) {
        this.importer = importer;
    }

    /** Content comes as a folder of Markdown files, which a single upload cannot carry. */
    @Override
    public boolean acceptsUpload() {
        return false;
    }

    @Override
    public String format() {
        return "content";
    }

    @Override
    public String description() {
        return "a folder of Salus Markdown content files (front matter + sections)";
    }

    @Override
    public ImportReport run(Path path, PrintStream out) {
        try {
            List<String> skipped = new ArrayList<>();
            List<ContentFile> files = new ContentFolder().read(path, skipped::add);
            out.println("read " + files.size() + " content files from " + path);
            ImportReport report = importer.importAll(files);
            List<String> notes = new ArrayList<>(skipped);
            notes.addAll(report.notes());
            return new ImportReport(
                    report.created(), report.updated(), report.unchanged(), report.skipped() + skipped.size(), notes);
        } catch (ContentFileException | UncheckedIOException e) {
            throw new ImportFailedException(e.getMessage(), e);
        }
    }
}
