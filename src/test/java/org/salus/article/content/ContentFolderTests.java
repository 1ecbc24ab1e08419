package org.salus.article.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a folder of content files: an oversized file is skipped with its reason, the rest are read. */
class ContentFolderTests {

    private static final Path SAMPLE = Path.of("src", "main", "resources", "content", "en", "obesity.md");

    @TempDir
    Path folder;

    @Test
    void aFileOverTheLimitIsSkippedWithItsSizeAndTheRestAreRead() throws IOException {
        String sample = Files.readString(SAMPLE);
        Files.writeString(folder.resolve("a-obesity.md"), sample);
        String padding = "\nMore words about weight. ".repeat((int) (ContentFolder.MAX_FILE_BYTES / 20));
        Files.writeString(folder.resolve("b-huge.md"), sample.replace("title: Obesity", "title: Huge") + padding);
        List<String> skipped = new ArrayList<>();

        List<ContentFile> files = new ContentFolder().read(folder, skipped::add);

        assertThat(files).extracting(ContentFile::name).containsExactly("a-obesity.md");
        assertThat(skipped)
                .singleElement()
                .asString()
                .startsWith("b-huge.md skipped: it has ")
                .endsWith("KB, more than the limit of 1024 KB for one content file");
    }
}
