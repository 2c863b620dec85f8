package org.ganclassroom;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The headless core (lessons, training, quizzes, progress, command line) never depends on JavaFX, the
 * packages form no cycles, and each layer uses only the ones below it (docs/architecture.md, "Layers").
 */
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

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("org.ganclassroom.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle (storage and settings once used each other) makes neither usable alone");

    @ArchTest
    static final ArchRule layersPointDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.ganclassroom")
            .layer("Ui").definedBy("org.ganclassroom.ui..")
            .layer("Dock").definedBy("org.ganclassroom.dock..")
            .layer("ClassMode").definedBy("org.ganclassroom.classmode..")
            .layer("Cli").definedBy("org.ganclassroom.cli..")
            .layer("Quiz").definedBy("org.ganclassroom.quiz..")
            .layer("Lessons").definedBy("org.ganclassroom.lesson..")
            .layer("Training").definedBy("org.ganclassroom.gan..", "org.ganclassroom.judge..")
            .layer("Settings").definedBy("org.ganclassroom.settings..")
            .layer("Data").definedBy("org.ganclassroom.data..")
            .layer("Engine").definedBy("org.ganclassroom.nn..")
            .layer("Perf").definedBy("org.ganclassroom.perf..")
            .layer("Storage").definedBy("org.ganclassroom.storage..")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Quiz").mayOnlyBeAccessedByLayers("Ui")
            .whereLayer("Lessons").mayOnlyBeAccessedByLayers("ClassMode", "Quiz", "Ui", "Cli")
            .whereLayer("Dock").mayOnlyBeAccessedByLayers("Ui")
            .whereLayer("ClassMode").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Training").mayOnlyBeAccessedByLayers("Dock", "Quiz", "Ui", "Cli")
            .whereLayer("Settings").mayOnlyBeAccessedByLayers("Dock", "Ui", "Cli") // cli: `class` speaks the Settings language
            .whereLayer("Data").mayOnlyBeAccessedByLayers("Dock", "Training", "Lessons", "Quiz", "Ui", "Cli")
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("Training", "Ui", "Cli")
            .whereLayer("Perf").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .because("docs/architecture.md: the window on top, the command line beside it, then quizzes, lessons"
                    + " and training, then data and the engine, with per-user files and storage at the bottom");
}
