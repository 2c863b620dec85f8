package org.ganclassroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.ganclassroom.lesson.LessonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckLessonsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = GanClassroomCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private List<String> outputLines() {
        return out.toString().lines().toList();
    }

    @Test
    void shippedLessonsPassWithASummary() {
        int exit = run("check-lessons", LessonFiles.shippedLessons().toString());

        assertEquals(0, exit, out.toString() + err);
        List<String> lines = outputLines();
        assertTrue(lines.get(0).startsWith("lessons: ") && lines.get(0).endsWith("errors: 0"), lines.get(0));
        // the French translation is checked with it, and has not drifted
        assertTrue(lines.contains("fr: translation drift: 0"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("fr: lessons: ") && l.endsWith("errors: 0")), lines.toString());
    }

    @Test
    void brokenFilePrintsFileLineMessageAndExitsOne() throws Exception {
        LessonFiles.write(dir, "01-good.yaml", LessonFiles.GOOD_CONCEPT);
        Path broken = LessonFiles.write(dir, "02-broken.yaml", "kind: concept\ntitle: T\nbody: b\ncolour: red\n");

        int exit = run("check-lessons", dir.toString());

        assertEquals(1, exit);
        List<String> lines = outputLines();
        assertEquals(broken.toAbsolutePath() + ":4: unknown field 'colour' in a concept lesson; allowed fields: "
                + "kind, title, body, check, notes", lines.get(0));
        assertEquals("lessons: 2 (concept 1, true-false 0 with 0 questions, fake-or-real 0, loss-walkthrough 0, latent-lab 0, distribution-lab 0,"
                + " broken 1), true/false statements: 1, multiple-choice: 0, glossary terms: 0, errors: 1", lines.get(lines.size() - 1));
    }

    @Test
    void missingFolderExitsTwoWithAReason() {
        int exit = run("check-lessons", dir.resolve("nowhere").toString());

        assertEquals(2, exit);
        assertTrue(err.toString().contains("does not exist"), err.toString());
    }

    @Test
    void versionIsPrinted() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("GAN Classroom "), out.toString());
    }
}
