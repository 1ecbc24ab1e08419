package org.salus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.AnnotationUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code salus.*} setting is a component of a {@code @ConfigurationProperties} record, and the
 * configuration processor has described it in {@code META-INF/spring-configuration-metadata.json} (what
 * IDEs complete and explain). Fails when a record loses its processor run or a component its
 * {@code @param} Javadoc, or when a setting is read some other way.
 */
class ConfigurationMetadataTests {

    private static final JavaClasses SALUS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.salus");

    @Test
    void everyComponentOfEveryPropertiesRecordIsDescribedInTheMetadata() {
        Map<String, JsonNode> metadata = metadataProperties();
        List<String> keys = boundKeys();

        assertThat(keys).hasSizeGreaterThan(30).contains("salus.review.max-reading-grade", "salus.data-dir");
        for (String key : keys) {
            assertThat(metadata).as("metadata of " + key).containsKey(key);
            assertThat(metadata.get(key).path("description").asString(""))
                    .as("description of " + key)
                    .isNotBlank();
        }
    }

    @Test
    void theMetadataNamesTheDefaultsTheRecordsDeclare() {
        Map<String, JsonNode> metadata = metadataProperties();

        assertThat(metadata.get("salus.review.max-reading-grade")
                        .path("defaultValue")
                        .asDouble())
                .isEqualTo(8.0);
        assertThat(metadata.get("salus.stories.retention").path("defaultValue").asString())
                .isEqualTo("P2Y");
        assertThat(metadata.get("salus.sample-content.enabled")
                        .path("defaultValue")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void everySalusKeyInApplicationPropertiesIsBoundByARecord() throws IOException {
        Properties file = new Properties();
        try (InputStream in = SalusApplication.class.getResourceAsStream("/application.properties")) {
            file.load(in);
        }
        List<String> keys = boundKeys();

        assertThat(file.stringPropertyNames())
                .filteredOn(name -> name.startsWith("salus."))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(keys).contains(name));
    }

    @Test
    void everySettingIsInTheOperatorsConfigurationTable() throws IOException {
        Set<String> documented = documentedKeys(Files.readString(Path.of("docs/operations.md")));

        assertThat(documented).contains("salus.compression.min-size", "salus.review.intervals");
        assertThat(boundKeys().stream().filter(key -> !documented.contains(key)))
                .as("settings missing from docs/operations.md#configuration")
                .isEmpty();
    }

    /**
     * The keys named in the first column of the configuration table's rows: {@code `salus.a.b`}, and
     * the short forms {@code `.c`} (same prefix as the key before it) and {@code `salus.a.<type>`} (a map).
     */
    static Set<String> documentedKeys(String markdown) {
        Set<String> keys = new TreeSet<>();
        for (String line : markdown.lines().filter(l -> l.startsWith("| `")).toList()) {
            String firstCell = line.substring(1, line.indexOf('|', 1));
            String previous = "";
            Matcher code = Pattern.compile("`([^`]+)`").matcher(firstCell);
            while (code.find()) {
                String key = code.group(1).replaceAll("\\.<[a-z-]+>$", "");
                if (key.startsWith(".")) {
                    key = previous.substring(0, previous.lastIndexOf('.')) + key;
                }
                keys.add(key);
                previous = key;
            }
        }
        return keys;
    }

    @Test
    void theTableReaderExpandsShortForms() {
        assertThat(documentedKeys("| `salus.a.b` / `.c` | x |\n| `salus.m.<type>` | y |\n| not a row |"))
                .containsExactly("salus.a.b", "salus.a.c", "salus.m");
    }

    @Test
    void noSettingIsReadThroughValue() {
        List<String> offenders = new ArrayList<>();
        for (JavaClass type : SALUS) {
            type.getFields().stream()
                    .filter(field -> field.isAnnotatedWith(Value.class))
                    .forEach(field -> offenders.add(field.getFullName()));
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                for (JavaParameter parameter : unit.getParameters()) {
                    if (parameter.isAnnotatedWith(Value.class)) {
                        offenders.add(unit.getFullName());
                    }
                }
            }
        }
        assertThat(offenders)
                .as("settings read with @Value instead of a properties record")
                .isEmpty();
    }

    /** prefix + kebab-case component name, for every record annotated {@code @ConfigurationProperties}. */
    private static List<String> boundKeys() {
        TreeSet<String> keys = new TreeSet<>();
        for (JavaClass type : SALUS) {
            if (!type.isAnnotatedWith(ConfigurationProperties.class)) {
                continue;
            }
            Class<?> record = type.reflect();
            assertThat(record.isRecord()).as(record + " is a record").isTrue();
            ConfigurationProperties annotation = AnnotationUtils.findAnnotation(record, ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            for (var component : record.getRecordComponents()) {
                keys.add(prefix + "."
                        + component
                                .getName()
                                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                                .toLowerCase());
            }
        }
        return List.copyOf(keys);
    }

    /** The application's own metadata (the jars on the class path carry files of the same name). */
    private static Map<String, JsonNode> metadataProperties() {
        Path file = classesFolder().resolve("META-INF/spring-configuration-metadata.json");
        assertThat(file).as("written by spring-boot-configuration-processor").exists();
        try {
            JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
            Map<String, JsonNode> byName = new HashMap<>();
            root.path("properties")
                    .forEach(property -> byName.put(property.path("name").asString(), property));
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classesFolder() {
        try {
            return Path.of(SalusApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
