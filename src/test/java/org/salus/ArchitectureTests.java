package org.salus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dependency rules docs/architecture.md states, checked on the compiled classes (ArchUnit), so they
 * hold by test rather than by care.
 */
class ArchitectureTests {

    static final JavaClasses SALUS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.salus");

    @Test
    void featurePackagesFormNoCycles() {
        slices().matching("org.salus.(*)..").should().beFreeOfCycles().check(SALUS);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic().check(SALUS);
    }

    @Test
    void sharedPlumbingDependsOnNoFeature() {
        noClasses().that().resideInAnyPackage("org.salus.web..", "org.salus.audit..", "org.salus.changes..",
                        "org.salus.cli..", "org.salus.limits..", "org.salus.jobs..", "org.salus.node..",
                        "org.salus.xml..", "org.salus.markdown..", "org.salus.db..")
                .should().dependOnClassesThat().resideInAnyPackage("org.salus.article..", "org.salus.review..",
                        "org.salus.story..", "org.salus.dictionary..", "org.salus.search..", "org.salus.api..",
                        "org.salus.infobutton..", "org.salus.feed..", "org.salus.imports..", "org.salus.backup..",
                        "org.salus.home..", "org.salus.account..")
                .check(SALUS);
    }

    @Test
    void noFeatureDependsOnTheJsonApiOrSearch() {
        noClasses().that().resideOutsideOfPackages("org.salus.api..", "org.salus")
                .should().dependOnClassesThat().resideInAPackage("org.salus.api..").check(SALUS);
        noClasses().that().resideOutsideOfPackages("org.salus.search..", "org.salus")
                .should().dependOnClassesThat().resideInAPackage("org.salus.search..").check(SALUS);
    }
}
