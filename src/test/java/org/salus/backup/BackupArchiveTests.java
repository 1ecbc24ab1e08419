package org.salus.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive that is damaged or not ours is refused before anything changes: the restore names
 * the problem in one line and the target database is exactly as it was.
 */
class BackupArchiveTests {

    @TempDir
    Path folder;

    FreshDatabase target;
    Path archive;
    Map<String, String> before;

    @BeforeEach
    void exportAndPrepareAnEmptyTarget() {
        try (FreshDatabase source = FreshDatabase.h2(ScratchSite.MIGRATIONS)) {
            ScratchSite.fill(source.jdbc);
            archive = source.export(folder);
        }
        target = FreshDatabase.h2(ScratchSite.MIGRATIONS);
        before = target.contents(folder);
    }

    @AfterEach
    void close() {
        target.close();
    }

    @Test
    void theIntactArchiveRestores() {
        target.restore(archive, false);

        assertThat(target.contents(folder)).isEqualTo(Archives.contents(archive));
    }

    @Test
    void aFlippedByteInsideAnEntryIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(archive);
        int dataOfFirstEntry = 30 + littleEndian(bytes, 26) + littleEndian(bytes, 28); // after the local file header
        bytes[dataOfFirstEntry + 10] ^= 0x01;
        Path flipped = Files.write(folder.resolve("flipped.zip"), bytes);

        assertRefused(flipped).hasMessageStartingWith("damaged archive: entry tables/");
    }

    @Test
    void anEntryChangedAfterExportFailsItsChecksum() {
        Path changed = Archives.rewrite(
                archive,
                folder.resolve("changed.zip"),
                entries -> entries.put(
                        "tables/word.json",
                        Archives.bytes(
                                Archives.text(entries.get("tables/word.json")).replace("fruit", "fruta"))),
                false);

        assertRefused(changed).hasMessage("damaged archive: entry tables/word.json does not match its SHA-256");
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(archive);
        Path truncated = Files.write(folder.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(truncated)
                .hasMessageContaining("damaged archive")
                .hasMessageContaining("not a readable zip file");
    }

    @Test
    void aMissingEntryIsRefused() {
        Path missing = Archives.rewrite(
                archive, folder.resolve("missing.zip"), entries -> entries.remove("tables/pet.json"), false);

        assertRefused(missing).hasMessage("damaged archive: entry tables/pet.json is missing");
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() {
        Path extra = Archives.rewrite(
                archive,
                folder.resolve("extra.zip"),
                entries -> entries.put("tables/zz_smuggled.json", Archives.bytes("{}")),
                false);

        assertRefused(extra).hasMessage("damaged archive: entry tables/zz_smuggled.json is not listed in the manifest");
    }

    @Test
    void aZipThatIsNotABackupIsRefused() {
        Path foreign = folder.resolve("photos.zip");
        Archives.write(foreign, Map.of("holiday.txt", Archives.bytes("sunny")));

        assertRefused(foreign).hasMessage("not a Salus backup: " + foreign + " has no manifest.json");
    }

    @Test
    void aManifestOfAnotherFormatIsRefused() {
        Path foreign = folder.resolve("other.zip");
        Archives.write(
                foreign,
                Map.of("manifest.json", Archives.bytes("{\"format\": \"other-backup\", \"formatVersion\": 1}")));

        assertRefused(foreign).hasMessageStartingWith("not a Salus backup: manifest.json does not say format");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.zip"), "just some notes\n");

        assertRefused(text).hasMessageContaining("not a readable zip file");
    }

    @Test
    void aNewerArchiveFormatIsRefused() {
        Path newer = Archives.rewrite(
                archive,
                folder.resolve("newer.zip"),
                entries -> entries.put(
                        Manifest.ENTRY,
                        Archives.bytes(Archives.text(entries.get(Manifest.ENTRY))
                                .replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"))),
                false);

        assertRefused(newer).hasMessageStartingWith("the archive has backup format 2, newer than this Salus reads");
    }

    @Test
    void anArchiveFromANewerSchemaIsRefused() {
        Path newer = withSchemaVersion("2");

        assertRefused(newer)
                .hasMessageStartingWith(
                        "the archive comes from a newer Salus (schema version 2, this database is at 1)");
    }

    @Test
    void anArchiveFromAnOlderSchemaIsRefused() {
        Path older = withSchemaVersion("0.9");

        assertRefused(older).hasMessageStartingWith("the archive has schema version 0.9 and this database 1;");
    }

    @Test
    void aValueThatBreaksAConstraintHalfwayRollsBackEverything() {
        // Valid checksums, but a pet of an owner that does not exist: owners are in when pets fail.
        Path broken = Archives.rewrite(
                archive,
                folder.resolve("broken.zip"),
                entries -> entries.put(
                        "tables/pet.json",
                        Archives.bytes(Archives.text(entries.get("tables/pet.json"))
                                .replace("\"owner_id\":2", "\"owner_id\":99"))),
                true);

        assertRefused(broken).hasMessageStartingWith("table pet: ");
    }

    private Path withSchemaVersion(String version) {
        return Archives.rewrite(
                archive,
                folder.resolve("schema-" + version + ".zip"),
                entries -> entries.put(
                        Manifest.ENTRY,
                        Archives.bytes(Archives.text(entries.get(Manifest.ENTRY))
                                .replace("\"schemaVersion\" : \"1\"", "\"schemaVersion\" : \"" + version + "\""))),
                false);
    }

    /** Asserts the restore is refused and the target unchanged; returns the refusal for its message. */
    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file) {
        var refusal = assertThatThrownBy(() -> target.restore(file, false)).isInstanceOf(BackupException.class);
        assertThat(target.contents(folder)).isEqualTo(before);
        return refusal;
    }

    private static int littleEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }
}
