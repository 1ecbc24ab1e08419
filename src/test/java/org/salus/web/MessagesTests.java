package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Convention test: every message key a template or class names literally exists in the bundle,
 * so no page ever shows a raw key. (Keys built from enum codes are checked where they are built.)
 */
class MessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?:localize|lookup)\\(\"([a-zA-Z][\\w.-]*[\\w])\"");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:(?:workflow|form|password|error|done|story\\.error"
            + "|stories|moderation|questions|login)\\.(?!changed\")|user\\.(?!created|updated|roles-changed|enabled|disabled"
            + "|password-reset))[\\w.-]*\\w)\"");
    // (audit action names such as "story.rejected", "user.created" or "password.changed" are not message keys)

    @Test
    void everyLiteralKeyIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        collect(Path.of("src/main/jte"), TEMPLATE_KEY, bundle, missing);
        collect(Path.of("src/main/java"), JAVA_KEY, bundle, missing);

        assertThat(missing).isEmpty();
    }

    @Test
    void spanishDatesAndStringsComeFromTheSpanishBundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8"); // as Spring Boot's spring.messages.encoding
        source.setFallbackToSystemLocale(false);
        Messages english = new Messages(source, Locale.ENGLISH);
        Messages spanish = english.in(Locale.forLanguageTag("es"));

        assertThat(spanish.dateFormat().format(LocalDate.of(2026, 9, 30))).isEqualTo("30 de septiembre de 2026");
        assertThat(english.dateFormat().format(LocalDate.of(2026, 9, 30))).isEqualTo("September 30, 2026");
        assertThat(spanish.lookup("layout.textSize")).isEqualTo("Tamaño del texto");
        assertThat(spanish.lookup("stories.pageOf")).isEqualTo("Página {0} de {1}");
        assertThat(english.lookup("layout.textSize")).isEqualTo("Text size");
        assertThat(english.in(Locale.ENGLISH)).isSameAs(english);
    }

    private static void collect(Path root, Pattern pattern, Properties bundle, List<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    // error pages add ".title"/".text" to the key they are given
                    boolean present = bundle.containsKey(key) || bundle.containsKey(key + ".title");
                    if (!present && !key.endsWith(".")) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
    }
}
