package org.salus.imports.medquad;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.salus.importing.ImportFailedException;

/**
 * MedQuAD unpacked into a folder: the folder holding the subset folders ({@code 5_NIDDK_QA/...}),
 * one subset folder, or a single XML file. Files are read in name order; a file that cannot be
 * read is handed over with its problem, and the others are still read.
 */
final class MedQuadFolder implements MedQuadFiles {

    private final Path folder;
    private final List<Path> files;

    MedQuadFolder(Path folder, List<Path> files) {
        this.folder = folder == null ? Path.of(".") : folder;
        this.files = List.copyOf(files);
    }

    /** The XML files in {@code folder} and in its subfolders (one level down), in name order. */
    static List<Path> documentsIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> MedQuadFiles.isXml(
                            folder.relativize(file).toString().replace('\\', '/')))
                    .sorted(Comparator.comparing(file -> folder.relativize(file).toString()))
                    .toList();
        } catch (IOException e) {
            throw new ImportFailedException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public Path location() {
        return folder;
    }

    @Override
    public Path dataFolder() {
        Path absolute = folder.toAbsolutePath().normalize();
        boolean oneSubset = files.stream()
                .allMatch(file -> file.toAbsolutePath().normalize().getParent().equals(absolute));
        return oneSubset && absolute.getParent() != null ? absolute.getParent() : absolute;
    }

    @Override
    public int count() {
        return files.size();
    }

    @Override
    public Optional<String> read(Consumer<Document> handler) {
        for (Path file : files) {
            Path parent = file.toAbsolutePath().normalize().getParent();
            String subset = parent == null || parent.getFileName() == null
                    ? ""
                    : parent.getFileName().toString();
            String name = file.getFileName().toString();
            Document document;
            try (InputStream in = Files.newInputStream(file)) {
                document = MedQuadFiles.document(subset, name, in);
            } catch (IOException e) {
                document = new Document(subset, name, null, "cannot be read (" + e.getMessage() + ")");
            }
            handler.accept(document);
        }
        return Optional.empty();
    }
}
