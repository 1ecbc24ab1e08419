package org.salus.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code import icd10cm PATH}: the CDC/NCHS ICD-10-CM order file as a TSV with a header line
 * ({@code order_number, code, code_nodot, billable, short_description, long_description, ...}),
 * gzip-compressed or plain, into the {@code ICD-10-CM} code list. Each code keeps its long
 * description as its title and its billable flag (categories and other headers are not billable).
 *
 * <p>A re-import compares the file with the list: new codes are added, changed titles or flags
 * updated, codes the file no longer has are retired (kept, so articles that cite them still show
 * a title), and a retired code that comes back is current again. The same file twice changes
 * nothing. The whole file is read first, checked, then written in JDBC batches in one
 * transaction: a bad line stops the import before anything is written.
 */
@Component
class Icd10cmImporter implements Importer {

    static final String SYSTEM = "ICD-10-CM";
    /** The longest title in the FY2022 file is 228 characters; the column holds 400. */
    static final int MAX_TITLE = 400;

    private final CodeList codes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Icd10cmImporter(CodeList codes, PlatformTransactionManager transactions, Clock clock) {
        this.codes = codes;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public String format() {
        return "icd10cm";
    }

    @Override
    public String description() {
        return "the ICD-10-CM order file (icd10cm-2022-order.tsv.gz or a plain .tsv) as the code list the editor checks";
    }

    @Override
    public ImportReport run(Path path, PrintStream out) {
        Map<String, CodeList.Entry> read = read(path);
        Instant now = clock.instant();
        return transaction.execute(status -> store(read, now, out));
    }

    private ImportReport store(Map<String, CodeList.Entry> read, Instant now, PrintStream out) {
        Map<String, CodeList.Entry> stored = codes.all(SYSTEM);
        List<CodeList.Entry> added = new ArrayList<>();
        List<CodeList.Entry> changed = new ArrayList<>();
        int unchanged = 0;
        for (CodeList.Entry entry : read.values()) {
            CodeList.Entry before = stored.remove(entry.code());
            if (before == null) {
                added.add(entry);
            } else if (before.equals(entry)) {
                unchanged++;
            } else {
                changed.add(entry);
            }
        }
        List<CodeList.Entry> retired = stored.values().stream()
                .filter(e -> !e.retired())
                .map(e -> new CodeList.Entry(e.system(), e.code(), e.title(), e.billable(), true))
                .toList();
        codes.insert(added, now);
        codes.update(changed, now);
        codes.update(retired, now);
        out.println("ICD-10-CM: " + read.size() + " codes read, " + added.size() + " added, " + changed.size()
                + " changed, " + retired.size() + " retired");
        List<String> notes = retired.isEmpty()
                ? List.of()
                : List.of(retired.size() + " codes are no longer in the file and were retired (kept for"
                        + " articles that cite them, refused for new entries), e.g. "
                        + retired.get(0).code());
        return new ImportReport(added.size(), changed.size() + retired.size(), unchanged, notes);
    }

    /** Every code of the file by code, in file order; a line that cannot be read stops the import. */
    static Map<String, CodeList.Entry> read(Path path) {
        Map<String, CodeList.Entry> read = new LinkedHashMap<>();
        try (BufferedReader lines = open(path)) {
            String header = lines.readLine();
            if (header == null || !header.startsWith("order_number\tcode\t")) {
                throw new ImportFailedException(path.getFileName() + " line 1: not an ICD-10-CM order file (its"
                        + " header should start with order_number, code, code_nodot, billable, short_description,"
                        + " long_description)");
            }
            int number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                CodeList.Entry entry = entry(path, number, line);
                if (read.putIfAbsent(entry.code(), entry) != null) {
                    throw new ImportFailedException(
                            path.getFileName() + " line " + number + ": the code " + entry.code() + " came before");
                }
            }
        } catch (NoSuchFileException e) {
            throw new ImportFailedException("There is no file " + path);
        } catch (CharacterCodingException e) {
            throw new ImportFailedException(path.getFileName() + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ImportFailedException("Could not read " + path.getFileName() + ": " + e.getMessage(), e);
        }
        if (read.isEmpty()) {
            throw new ImportFailedException(path.getFileName() + " has no codes");
        }
        return read;
    }

    private static CodeList.Entry entry(Path path, int number, String line) {
        String[] fields = line.split("\t", -1);
        String where = path.getFileName() + " line " + number + ": ";
        if (fields.length < 6) {
            throw new ImportFailedException(where + "expected at least 6 tab-separated fields, found " + fields.length);
        }
        String code = fields[1].strip();
        if (!code.matches("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?")) {
            throw new ImportFailedException(where + "'" + code + "' is not an ICD-10-CM code");
        }
        if (!fields[3].equals("0") && !fields[3].equals("1")) {
            throw new ImportFailedException(where + "billable must be 0 or 1, not '" + fields[3] + "'");
        }
        String title = fields[5].strip().isEmpty() ? fields[4].strip() : fields[5].strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new ImportFailedException(where + "the title is empty or longer than " + MAX_TITLE + " characters");
        }
        return new CodeList.Entry(SYSTEM, code, title, fields[3].equals("1"), false);
    }

    private static BufferedReader open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new ImportFailedException(path + " is a folder: name the order file (icd10cm-2022-order.tsv.gz)");
        }
        InputStream in = new PushbackInputStream(Files.newInputStream(path), 2);
        byte[] magic = new byte[2];
        int n = ((PushbackInputStream) in).read(magic);
        if (n > 0) {
            ((PushbackInputStream) in).unread(magic, 0, n);
        }
        if (n == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            in = new GZIPInputStream(in, 64 * 1024);
        }
        return new BufferedReader(new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }
}
