package org.salus;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dependency rules docs/architecture.md states, checked on the compiled classes (ArchUnit), so they
 * hold by test rather than by care.
 * <p>
 * A subpackage ({@code article.content}, {@code review.diff}, {@code imports.medquad}, ...) holds
 * its parent's internals: only classes in its parent package (and below) may use it, except these
 * named uses ({@link #INTERNALS_SHARED_WITH}):
 * <ul>
 * <li>{@code article.content} by {@code review} and {@code story}: the editor's form reads a pasted
 * content file with the same {@code ContentFileParser} as the importer, and the questions an article
 * declares in its content file ({@code QuestionSpec}, {@code ArticleQuestionsDeclared}) become
 * {@code story} questions.</li>
 * <li>{@code review.diff} by {@code dictionary.editing}: a term's revisions are compared with the
 * same line and word diff as an article's.</li>
 * <li>{@code story.screening} by {@code feedback}: page feedback comments are screened for personal
 * data and crisis language by the same screener as stories.</li>
 * </ul>
 * Every subpackage is covered; a new one is an internal of its parent until named here.
 */
class ArchitectureTests {

    static final JavaClasses SALUS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.salus");

    /** Subpackage → the packages outside its parent that may use it (reasons in the class comment). */
    static final Map<String, Set<String>> INTERNALS_SHARED_WITH = Map.of(
            "org.salus.article.content", Set.of("org.salus.review", "org.salus.story"),
            "org.salus.review.diff", Set.of("org.salus.dictionary.editing"),
            "org.salus.story.screening", Set.of("org.salus.feedback"));

    /** Shared plumbing: packages every feature may use, which themselves use no feature. */
    static final String[] PLUMBING = {
        "org.salus.web..",
        "org.salus.audit..",
        "org.salus.changes..",
        "org.salus.cli..",
        "org.salus.command..",
        "org.salus.importing..",
        "org.salus.limits..",
        "org.salus.jobs..",
        "org.salus.node..",
        "org.salus.xml..",
        "org.salus.markdown..",
        "org.salus.db..",
        "org.salus.cdn..",
        "org.salus.net.."
    };

    @Test
    void featurePackagesFormNoCycles() {
        slices().matching("org.salus.(*)..").should().beFreeOfCycles().check(SALUS);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(SALUS);
    }

    @Test
    void sharedPlumbingDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage(PLUMBING)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.salus.article..",
                        "org.salus.review..",
                        "org.salus.story..",
                        "org.salus.feedback..",
                        "org.salus.dictionary..",
                        "org.salus.search..",
                        "org.salus.api..",
                        "org.salus.infobutton..",
                        "org.salus.feed..",
                        "org.salus.imports..",
                        "org.salus.backup..",
                        "org.salus.home..",
                        "org.salus.account..")
                .check(SALUS);
    }

    @Test
    void noFeatureDependsOnTheJsonApiOrSearch() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.salus.api..", "org.salus")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.salus.api..")
                .check(SALUS);
        noClasses()
                .that()
                .resideOutsideOfPackages("org.salus.search..", "org.salus")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.salus.search..")
                .check(SALUS);
    }

    /**
     * {@code cli} is only the command-line front: it parses the words, runs the named command and
     * turns the outcome into an exit code. What features implement or ask ({@code Importer},
     * {@code Command}, {@code Commands.isCommand}) lives in {@code importing} and {@code command}.
     * Only {@link SalusApplication} reaches in, to refuse a command while the site holds the database.
     */
    @Test
    void nothingDependsOnTheCommandLineFront() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.salus.cli..")
                .and()
                .doNotBelongToAnyOf(SalusApplication.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.salus.cli..")
                .check(SALUS);
    }

    /**
     * The benchmarks are test-source classes with a {@code main} that the scripts in {@code bench/}
     * run by name. Production code cannot see them (the compiler keeps test classes out); this keeps
     * tests from depending on them too, so a benchmark can change or go without touching the suite.
     * Helpers they share with tests ({@code GeneratedSource}, {@code Cluster}) are test code, not bench.
     */
    @Test
    void nothingDependsOnTheBenchmarks() throws IOException {
        Set<String> benches = benchmarkClasses();
        assertThat(benches).as("classes the bench/ scripts run").isNotEmpty();
        JavaClasses withTests = new ClassFileImporter().importPackages("org.salus");
        assertThat(benches).as("every class a bench/ script runs exists").allMatch(name -> withTests.contain(name));
        DescribedPredicate<JavaClass> bench = DescribedPredicate.describe(
                "part of a benchmark " + benches,
                c -> benches.contains(c.getName().split("\\$", 2)[0]));
        noClasses().that(not(bench)).should().dependOnClassesThat(bench).check(withTests);
    }

    /** A subpackage is its parent's internals, used elsewhere only where {@link #INTERNALS_SHARED_WITH} says. */
    @Test
    void onlyNamedPackagesUseAnotherFeaturesInternals() {
        Set<String> subpackages = SALUS.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.chars().filter(c -> c == '.').count() >= 3)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(subpackages).containsAll(INTERNALS_SHARED_WITH.keySet());
        List<ArchRule> rules = new ArrayList<>();
        for (String subpackage : subpackages) {
            String parent = subpackage.substring(0, subpackage.lastIndexOf('.'));
            List<String> allowed = new ArrayList<>(List.of(parent + ".."));
            allowed.addAll(INTERNALS_SHARED_WITH.getOrDefault(subpackage, Set.of()));
            rules.add(noClasses()
                    .that()
                    .resideOutsideOfPackages(allowed.toArray(String[]::new))
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(subpackage + ".."));
        }
        CompositeArchRule.of(rules).check(SALUS);
    }

    /** Each package says what it owns, in its {@code package-info.java}. */
    @Test
    void everyPackageHasPackageInfo() throws IOException {
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root.resolve("org/salus"))) {
            Set<Path> packages = files.filter(f -> f.toString().endsWith(".java"))
                    .map(Path::getParent)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(packages).allSatisfy(dir -> {
                Path info = dir.resolve("package-info.java");
                assertThat(info).as("package-info of " + root.relativize(dir)).exists();
                String text = Files.readString(info);
                assertThat(text)
                        .as(info.toString())
                        .contains("/**")
                        .contains("package " + root.relativize(dir).toString().replace('/', '.') + ";");
            });
        }
    }

    /** The fully qualified {@code org.salus} class names that the {@code bench/} scripts run. */
    static Set<String> benchmarkClasses() throws IOException {
        Pattern className = Pattern.compile("\\borg\\.salus\\.[a-z.]+\\.[A-Z]\\w*");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> scripts = Files.list(Path.of("bench"))) {
            for (Path script : scripts.filter(Files::isRegularFile).toList()) {
                Matcher m = className.matcher(Files.readString(script));
                while (m.find()) {
                    names.add(m.group());
                }
            }
        }
        return names;
    }
}
