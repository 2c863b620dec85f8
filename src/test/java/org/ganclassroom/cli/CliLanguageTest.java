package org.ganclassroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganclassroom.lesson.LessonFiles;
import org.ganclassroom.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --lang fr} reaches what the commands say, not only their help, while their machine-readable output
 * (metrics.csv, key=value lines, the summary scripts grep) stays the same; without it they speak English.
 */
class CliLanguageTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void backToEnglish() {
        Messages.use("en");
    }

    /** Runs as Launcher does: the language comes from the arguments. */
    private int run(String... args) {
        CommandLine commandLine = GanClassroomCommand.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** train writes its sentences to System.err itself. */
    private String systemErrOf(Runnable command) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            command.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkLessonsReportsProblemsInFrenchAndKeepsItsSummary() throws Exception {
        LessonFiles.write(dir, "01-good.yaml", LessonFiles.GOOD_CONCEPT);
        LessonFiles.write(dir, "02-broken.yaml", "kind: concept\ntitle: T\nbody: b\ncolour: red\n");

        assertEquals(1, run("--lang", "fr", "check-lessons", dir.toString()));

        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).endsWith(":4: champ inconnu 'colour' dans une leçon de type concept ; champs permis : "
                + "kind, title, body, check, notes, minutes, paths, formerly"), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).startsWith("lessons: 2 (") && lines.get(lines.size() - 1)
                .endsWith("errors: 1"), "the summary is for scripts: " + lines);
    }

    @Test
    void trainSpeaksFrenchWithFrenchNumbersAndWritesTheSameMetrics() throws Exception {
        Path french = dir.resolve("fr");
        String said = systemErrOf(() -> assertEquals(0, run("--lang", "fr", "train", "--dataset", "mnist", "--steps",
                "2", "--batch", "8", "--out", french.toString()), err::toString));

        assertTrue(said.contains("train: entraînement classroom (") && said.contains(" sur mnist (60\u202f000 images"
                .replace('\u202f', frenchGroupingSeparator())) && said.contains("2 étapes, à partir de l'étape 0"), said);
        assertTrue(said.matches("(?s).*train: terminé, 2 étapes en \\d+,\\d s \\(\\d+,\\d\\d étapes/s\\) ; écrit dans .*"),
                said);
        assertEquals(TrainCommand.METRICS_HEADER, Files.readAllLines(french.resolve("metrics.csv")).get(0));
        assertTrue(Files.readAllLines(french.resolve("metrics.csv")).get(1).matches("1,\\d+,[0-9.]+,[0-9.]+,.*"),
                "metrics.csv keeps Locale.ROOT numbers");

        Path english = dir.resolve("en");
        String saidInEnglish = systemErrOf(() -> assertEquals(0, run("train", "--dataset", "mnist", "--steps", "2",
                "--batch", "8", "--out", english.toString()), err::toString));
        assertTrue(saidInEnglish.contains("train: training classroom (") && saidInEnglish.contains(
                " on mnist (60,000 images), 2 steps, from step 0"), saidInEnglish);
        assertTrue(saidInEnglish.matches("(?s).*train: done, 2 steps in \\d+\\.\\d s \\(\\d+\\.\\d\\d steps/s\\); wrote .*"),
                saidInEnglish);
    }

    @Test
    void usageErrorsAndTheirHintFollowTheLanguage() {
        assertEquals(2, run("--lang", "fr", "train", "--dataset", "mnist", "--preset", "huge", "--steps", "1", "--out",
                dir.toString()));
        assertTrue(err.toString().contains("train: préréglage inconnu 'huge' : choisissez parmi classroom, reference,"
                + " conditional"), err.toString());
        assertTrue(err.toString().contains("Essayez 'gan-classroom train --help' pour en savoir plus."), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("train", "--dataset", "mnist", "--preset", "huge", "--steps", "1", "--out", dir.toString()));
        assertTrue(err.toString().contains("train: unknown preset 'huge': use one of classroom, reference, conditional"),
                err.toString());
        assertTrue(err.toString().contains("Try 'gan-classroom train --help' for more."), err.toString());
    }

    @Test
    void countsUseTheLanguagesNumbersAndPlural() {
        assertEquals("1 step", Messages.count("cli.steps", 1));
        assertEquals("1,200 steps", Messages.count("cli.steps", 1200));
        Messages.use("fr");
        assertEquals("1 étape", Messages.count("cli.steps", 1));
        assertEquals("1" + frenchGroupingSeparator() + "200 étapes", Messages.count("cli.steps", 1200));
        assertEquals("0,25", Messages.decimal(0.25, 2));
    }

    @Test
    void thePresetsRecipeIsDescribedInTheChosenLanguage() {
        org.ganclassroom.gan.Preset classroom = org.ganclassroom.gan.Preset.classroom();
        assertTrue(classroom.summary().contains("batch 32, lr G 0.001 D 0.001"), classroom.summary());
        assertTrue(classroom.summary().contains(", G average 0.999)"), classroom.summary());
        Messages.use("fr");
        String french = classroom.summary();
        assertTrue(french.startsWith("classroom (z 64, G 64/32, D 32/64, lots de 32, taux d'apprentissage G 0,001 D 0,001"),
                french);
        assertTrue(french.contains("regroupement des vrais × 3") && french.endsWith("moyenne de G 0,999)"), french);
    }

    @Test
    void fashionClassesAreNamedInTheChosenLanguage() {
        assertEquals("Trouser", org.ganclassroom.data.Datasets.classNames("fashion").get(1));
        Messages.use("fr");
        assertEquals(List.of("T-shirt", "Pantalon", "Pull", "Robe", "Manteau", "Sandale", "Chemise", "Baskets", "Sac",
                "Bottine"), org.ganclassroom.data.Datasets.classNames("fashion"));
        assertEquals("7", org.ganclassroom.data.Datasets.classNames("mnist").get(7), "digits stay digits");
    }

    @Test
    void classModeAsksTheFrenchCourseAndTalliesInFrench() throws Exception {
        java.io.InputStream original = System.in;
        System.setIn(new java.io.ByteArrayInputStream("checks\nsend 1\ntally\nend\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertEquals(0, run("--lang", "fr", "class", "--lessons", "lessons", "--host", "127.0.0.1", "--port", "0",
                    "--out", dir.resolve("class").toString()), err::toString);
        } finally {
            System.setIn(original);
        }
        String said = out.toString();
        String firstFrenchCheck = org.ganclassroom.classmode.CourseChecks.of(new org.ganclassroom.lesson.CourseLoader()
                .load(Path.of("lessons", "fr")), "Vrai", "Faux").get(0).prompt();
        assertTrue(said.contains("  1  ") && said.contains(firstFrenchCheck), "the French course's checks: " + said);
        assertTrue(said.contains("0 réponse sur 0 : ") && said.matches("(?s).*réponse sur 0 : .+ 0 %.*"),
                "French says 0 in the singular: " + said);
        assertTrue(said.contains("Classe terminée"), said);
    }

    /** The JDK's French grouping separator (a narrow no-break space in recent CLDR data, a no-break space before). */
    private static char frenchGroupingSeparator() {
        return java.text.DecimalFormatSymbols.getInstance(java.util.Locale.FRENCH).getGroupingSeparator();
    }
}
