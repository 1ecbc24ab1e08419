package org.salus.article.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads and parses every {@code *.md} content file of a folder, or of a classpath location. */
public final class ContentFolder {

    /** The largest content file read: articles are a few KB (the bundled ones under 10 KB). */
    public static final long MAX_FILE_BYTES = 1 << 20;

    private final ContentFileParser parser = new ContentFileParser();

    /**
     * The files of a folder and its subfolders, in path order; a single file is read alone. A file
     * larger than {@link #MAX_FILE_BYTES} is not read but named, with the reason, to {@code skipped}.
     */
    public List<ContentFile> read(Path path, Consumer<String> skipped) {
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = walk.filter(
                            p -> Files.isRegularFile(p) && p.toString().endsWith(".md"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
            List<ContentFile> parsed = new ArrayList<>();
            for (Path file : files) {
                Path shown = path.equals(file) ? file.getFileName() : path.relativize(file);
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    skipped.accept(shown + " skipped: it has " + size / 1024 + " KB, more than the limit of "
                            + MAX_FILE_BYTES / 1024 + " KB for one content file");
                    continue;
                }
                parsed.add(parser.parse(shown.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The bundled files at a classpath location such as {@code classpath:content/**}{@code /*.md}. */
    public List<ContentFile> readClasspath(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            List<ContentFile> parsed = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    parsed.add(parser.parse(
                            resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            parsed.sort(Comparator.comparing(ContentFile::name));
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pattern, e);
        }
    }
}
