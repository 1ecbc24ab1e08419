package org.salus.codes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A small order file in the layout of the CDC/NCHS ICD-10-CM order file, with code shapes like
 * the real ones and titles written for the tests (never the real file's text).
 */
public final class Icd10cmFixture {

    static final String HEADER = "order_number\tcode\tcode_nodot\tbillable\tshort_description\tlong_description"
            + "\tpoa_exempt\thcup_chronic_indicator";

    public static final List<String> ROWS = List.of(
            row(1, "E11", 0, "Sugar illness kind two (test)"),
            row(2, "E11.6", 0, "Sugar illness kind two with other trouble (test)"),
            row(3, "E11.65", 1, "Sugar illness kind two with high sugar (test)"),
            row(4, "E11.9", 1, "Sugar illness kind two without trouble (test)"),
            row(5, "I10", 1, "Raised pressure in the arteries (test)"),
            row(6, "J45", 0, "Wheezing illness (test)"),
            row(7, "J45.909", 1, "Wheezing illness, kind not given (test)"));

    private Icd10cmFixture() {}

    static String row(int order, String code, int billable, String title) {
        return String.join(
                "\t",
                String.valueOf(order),
                code,
                code.replace(".", ""),
                String.valueOf(billable),
                title.length() > 60 ? title.substring(0, 60) : title,
                title,
                billable == 1 ? "N" : "",
                billable == 1 ? "C" : "");
    }

    /** Writes {@code rows} under the header, gzip-compressed as the real file is. */
    public static Path write(Path folder, String name, List<String> rows) {
        Path file = folder.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
