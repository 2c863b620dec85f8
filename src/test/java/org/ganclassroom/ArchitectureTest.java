package org.ganclassroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The headless core (lessons, training, quizzes, progress, command line) never depends on JavaFX. */
@AnalyzeClasses(packages = "org.ganclassroom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.ganclassroom.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the core must run and be tested without a display; only ui/ may use JavaFX");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoTheUi = noClasses()
            .that().resideOutsideOfPackage("org.ganclassroom.ui..")
            .and().doNotHaveFullyQualifiedName("org.ganclassroom.cli.GanClassroomCommand")
            .should().dependOnClassesThat().resideInAPackage("org.ganclassroom.ui..")
            .because("only the top-level command opens the window");
}
