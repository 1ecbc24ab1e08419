package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The crisis and emergency numbers: US defaults, another country's settings, and start-up refusing bad ones. */
class SafetyPropertiesTests {

    /** A number any page could name by itself: 911, 988, Crisis Text Line, Poison Help. */
    private static final Pattern US_NUMBER = Pattern.compile("(?<![0-9])(911|988|741741|222-1222)(?![0-9])");

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SafetyProperties.class)
    static class Enabled {}

    @Test
    void withoutSettingsEnglishAndSpanishPagesGetTheUsNumbersInTheirOwnWords() {
        runner.run(context -> {
            SafetyProperties safety = context.getBean(SafetyProperties.class);
            SafetyProperties.Local english = safety.forLocale(Locale.ENGLISH);
            SafetyProperties.Local spanish = safety.forLocale(Locale.forLanguageTag("es"));

            assertThat(english.emergencyNumber()).isEqualTo("911");
            assertThat(english.mainCrisisLine().number()).isEqualTo("988");
            assertThat(english.mainCrisisLine().name()).isEqualTo("988 Suicide & Crisis Lifeline");
            assertThat(english.mainCrisisLine().reachKey()).isEqualTo("safety.reach.callOrText");
            assertThat(english.poison().number()).isEqualTo("1-800-222-1222");
            assertThat(spanish.emergencyNumber()).isEqualTo("911");
            assertThat(spanish.mainCrisisLine().number()).isEqualTo("988");
            assertThat(spanish.mainCrisisLine().textWord()).isEqualTo("AYUDA");
            assertThat(spanish.mainCrisisLine().languages()).contains("oprima el 2");
            assertThat(spanish.mainCrisisLine().chatUrl()).isEqualTo("https://988lineadevida.org");
        });
    }

    @Test
    void aSiteElsewhereSetsItsOwnNumbersAndTheyReplaceEveryDefault() {
        runner.withPropertyValues(
                        "salus.safety.locales.en.emergency-number=999",
                        "salus.safety.locales.en.crisis-lines[0].name=Samaritans",
                        "salus.safety.locales.en.crisis-lines[0].number=116 123",
                        "salus.safety.locales.en.crisis-lines[0].hours=24 hours a day")
                .run(context -> {
                    SafetyProperties safety = context.getBean(SafetyProperties.class);

                    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                        SafetyProperties.Local local = safety.forLocale(locale);
                        assertThat(local.emergencyNumber()).isEqualTo("999");
                        assertThat(local.emergencyHref()).isEqualTo("tel:999");
                        assertThat(local.mainCrisisLine().href()).isEqualTo("tel:116123");
                        assertThat(local.crisisLines()).hasSize(1);
                        assertThat(local.poison()).isNull();
                    }
                });
    }

    @Test
    void aNumberWithLettersStopsStartUpAndNamesTheSetting() {
        runner.withPropertyValues(
                        "salus.safety.locales.en.emergency-number=999",
                        "salus.safety.locales.en.crisis-lines[0].name=Crisis Text Line",
                        "salus.safety.locales.en.crisis-lines[0].number=HOME to 741741")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("salus.safety.locales.en.crisis-lines[0].number")
                        .hasMessageContaining("\"HOME to 741741\" is not a phone number")
                        .hasMessageContaining("text-word"));
    }

    @Test
    void aLocaleWithoutACrisisLineOrNumberStopsStartUp() {
        runner.withPropertyValues("salus.safety.locales.en.emergency-number=112")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("salus.safety.locales.en.crisis-lines: name at least one crisis line"));
        runner.withPropertyValues("salus.safety.locales.en.crisis-lines[0].name=Samaritans")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("salus.safety.locales.en.emergency-number is missing"));
    }

    @Test
    void aChatWithoutAnHttpsAddressStopsStartUp() {
        runner.withPropertyValues(
                        "salus.safety.locales.en.emergency-number=112",
                        "salus.safety.locales.en.crisis-lines[0].name=Line",
                        "salus.safety.locales.en.crisis-lines[0].number=024",
                        "salus.safety.locales.en.crisis-lines[0].ways=call,chat",
                        "salus.safety.locales.en.crisis-lines[0].chat-url=javascript:alert(1)")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining(
                                "crisis-lines[0].chat-url: a line that chats needs its https:// address"));
    }

    @Test
    void readableNumbersAreAccepted() {
        runner.withPropertyValues(
                        "salus.safety.locales.en.emergency-number=+44 (0)20 7946-0000",
                        "salus.safety.locales.en.crisis-lines[0].name=Shout",
                        "salus.safety.locales.en.crisis-lines[0].number=85258",
                        "salus.safety.locales.en.crisis-lines[0].ways=text",
                        "salus.safety.locales.en.crisis-lines[0].text-word=SHOUT")
                .run(context -> {
                    SafetyProperties.Line shout = context.getBean(SafetyProperties.class)
                            .forLocale(Locale.ENGLISH)
                            .mainCrisisLine();
                    assertThat(shout.href()).isEqualTo("sms:85258");
                    assertThat(shout.reachKey()).isEqualTo("safety.reach.textWord");
                });
    }

    /** {@code reachKey()} builds its keys, so {@code MessagesTests} cannot see them. */
    @Test
    void everyWayToReachALineHasItsSentenceInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
            bundle.load(in);
        }
        List<Set<SafetyProperties.Way>> ways = List.of(
                Set.of(SafetyProperties.Way.CALL),
                Set.of(SafetyProperties.Way.TEXT),
                Set.of(SafetyProperties.Way.CALL, SafetyProperties.Way.TEXT));
        for (Set<SafetyProperties.Way> way : ways) {
            for (String word : new String[] {null, "HOME"}) {
                String key = new SafetyProperties.Line("Line", "1", way, word, null, null, null).reachKey();
                assertThat(bundle).as(key).containsKey(key);
            }
        }
        assertThat(bundle).containsKeys("safety.reach.chat", "safety.hours", "safety.languages");
    }

    /** So the numbers cannot creep back into the text: they live in {@link SafetyProperties} only. */
    @Test
    void noTemplateOrMessageNamesACrisisOrEmergencyNumber() throws IOException {
        List<Path> files;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"));
                Stream<Path> resources = Files.list(Path.of("src/main/resources"))) {
            files = Stream.concat(
                            templates.filter(p -> p.toString().endsWith(".jte")),
                            resources.filter(p -> p.getFileName().toString().matches("messages.*\\.properties")))
                    .toList();
        }

        assertThat(files).hasSizeGreaterThan(20).anyMatch(p -> p.endsWith("messages.properties"));
        for (Path file : files) {
            assertThat(US_NUMBER.matcher(Files.readString(file)).find())
                    .as(file + " names a crisis or emergency number; take it from SafetyProperties")
                    .isFalse();
        }
    }
}
