package org.salus.imports.medquad;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.salus.article.Code;
import org.salus.importing.ImportFailedException;

/**
 * The Human Disease Ontology's code crosswalk ({@value #FILE_NAME}: one row per disease with its
 * ICD-10-CM, MeSH, SNOMED CT, UMLS, ICD-9-CM ... codes, {@code |}-separated), read once into memory
 * (11,559 rows, a few MB) and looked up by UMLS CUI, so a MedQuAD document's CUIs bring the codes
 * that clinical systems send: ICD-10-CM, ICD-9-CM, SNOMED CT and MeSH. A code's display name is
 * the label of the DO disease it came from ("prediabetes syndrome"), not a SNOMED CT description,
 * which would need a SNOMED licence to show; it is empty when the row has no label.
 */
final class MedQuadCrosswalk {

    static final String FILE_NAME = "DO-code-crosswalk.tsv.gz";
    static final String NONE_OPTION = "none";
    /** The {@code code_system} ids, in the order codes are listed, with their crosswalk columns. */
    private static final Map<String, String> SYSTEMS =
            Map.of("ICD-10-CM", "icd10cm", "ICD-9-CM", "icd9cm", "SNOMED-CT", "snomedct_us", "MESH", "mesh");

    private static final List<String> SYSTEM_ORDER = List.of("ICD-10-CM", "ICD-9-CM", "SNOMED-CT", "MESH");
    private static final int MAX_CODE = 40;
    private static final int MAX_DISPLAY = 200;

    static final MedQuadCrosswalk EMPTY = new MedQuadCrosswalk(null, Map.of(), 0);

    /** One DO disease: its label and its codes in {@link #SYSTEM_ORDER} order. */
    private record Disease(String label, List<Code> codes) {}

    private final Path file;
    private final Map<String, List<Disease>> byCui;
    private final int diseases;

    private MedQuadCrosswalk(Path file, Map<String, List<Disease>> byCui, int diseases) {
        this.file = file;
        this.byCui = byCui;
        this.diseases = diseases;
    }

    /**
     * The crosswalk file to read: the {@code --crosswalk} option's file (or folder holding
     * {@value #FILE_NAME}), nothing for {@code --crosswalk=none}, and without the option the
     * {@code disease-ontology/} folder beside the folder MedQuAD was read from, if it holds the file.
     *
     * @throws ImportFailedException when the option names something that is not there
     */
    static Optional<Path> locate(Optional<String> option, Path dataFolder) {
        if (option.isPresent()) {
            if (option.get().equalsIgnoreCase(NONE_OPTION)) {
                return Optional.empty();
            }
            Path given = Path.of(option.get());
            Path file = Files.isDirectory(given) ? given.resolve(FILE_NAME) : given;
            if (!Files.isRegularFile(file)) {
                throw new ImportFailedException("--crosswalk=" + option.get() + ": " + file + " does not exist"
                        + " (give the " + FILE_NAME + " file, a folder holding it, or none)");
            }
            return Optional.of(file);
        }
        Path beside = dataFolder
                .toAbsolutePath()
                .normalize()
                .resolveSibling("disease-ontology")
                .resolve(FILE_NAME);
        return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
    }

    /**
     * Reads the crosswalk, gzip-compressed or plain text.
     *
     * @throws ImportFailedException when it cannot be read or is not the DO crosswalk
     */
    static MedQuadCrosswalk load(Path file) {
        try (BufferedReader lines = reader(file)) {
            String header = lines.readLine();
            Map<String, Integer> columns = columns(file, header);
            Map<String, List<Disease>> byCui = new HashMap<>();
            int diseases = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                String label = field(fields, columns.get("label"));
                List<String> cuis = values(field(fields, columns.get("umls_cui")));
                if (cuis.isEmpty()) {
                    continue;
                }
                diseases++;
                Disease disease = new Disease(display(label), codes(fields, columns, display(label)));
                for (String cui : cuis) {
                    byCui.computeIfAbsent(cui, c -> new ArrayList<>(1)).add(disease);
                }
            }
            return new MedQuadCrosswalk(file, byCui, diseases);
        } catch (IOException e) {
            throw new ImportFailedException(file + ": cannot read the crosswalk (" + e.getMessage() + ")", e);
        }
    }

    /** The file read, for the console; empty for {@link #EMPTY}. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** How many diseases with a UMLS CUI the crosswalk holds. */
    int diseases() {
        return diseases;
    }

    /** The label of the (first) DO disease with this CUI. */
    Optional<String> labelOf(String cui) {
        List<Disease> found = byCui.get(cui);
        return found == null ? Optional.empty() : Optional.of(found.get(0).label());
    }

    /** The ICD-10-CM, ICD-9-CM, SNOMED CT and MeSH codes of the diseases with these CUIs, each once. */
    List<Code> codesFor(List<String> cuis) {
        List<Code> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String system : SYSTEM_ORDER) {
            for (String cui : cuis) {
                for (Disease disease : byCui.getOrDefault(cui, List.of())) {
                    for (Code code : disease.codes()) {
                        if (code.system().equals(system) && seen.add(code.system() + " " + code.code())) {
                            codes.add(code);
                        }
                    }
                }
            }
        }
        return List.copyOf(codes);
    }

    private static List<Code> codes(String[] fields, Map<String, Integer> columns, String label) {
        List<Code> codes = new ArrayList<>();
        for (String system : SYSTEM_ORDER) {
            for (String value : values(field(fields, columns.get(SYSTEMS.get(system))))) {
                if (value.length() <= MAX_CODE) {
                    codes.add(new Code(system, value, label));
                }
            }
        }
        return codes;
    }

    private static Map<String, Integer> columns(Path file, String header) {
        if (header == null) {
            throw new ImportFailedException(file + ": the crosswalk is empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] names = header.split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].strip().toLowerCase(Locale.ROOT), i);
        }
        for (String needed : List.of("label", "umls_cui", "icd10cm", "icd9cm", "snomedct_us", "mesh")) {
            if (!columns.containsKey(needed)) {
                throw new ImportFailedException(
                        file + ": not the Disease Ontology code crosswalk (no " + needed + " column in its header)");
            }
        }
        return columns;
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index].strip() : "";
    }

    private static List<String> values(String field) {
        List<String> values = new ArrayList<>();
        for (String value : field.split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static String display(String label) {
        return label.length() <= MAX_DISPLAY ? label : label.substring(0, MAX_DISPLAY);
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            if (gzip) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
