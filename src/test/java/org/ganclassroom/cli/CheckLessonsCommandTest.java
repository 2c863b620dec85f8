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
    void eachPathIsOneLineWithItsLessonsAndMinutesAndFitsItsClassPeriod() {
        assertEquals(0, run("check-lessons", LessonFiles.shippedLessons().toString()), out.toString() + err);
        java.util.Map<String, int[]> paths = new java.util.LinkedHashMap<>();
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("path ([a-z0-9-]+): (\\d+) lessons, (\\d+) minutes");
        for (String printed : outputLines()) {
            java.util.regex.Matcher m = line.matcher(printed);
            if (m.matches()) {
                paths.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
            }
        }
        assertEquals(List.of("core", "class", "full"), List.copyOf(paths.keySet()), out.toString());
        assertTrue(paths.get("core")[1] <= 45 && paths.get("core")[1] >= 35, "the core fits 45 minutes: " + out);
        assertTrue(paths.get("class")[1] <= 90 && paths.get("class")[1] > 45, "the class fits 90 minutes: " + out);
        assertTrue(paths.get("full")[0] > paths.get("class")[0] && paths.get("class")[0] > paths.get("core")[0]);
        // and the translation's paths add up alike
        for (String id : paths.keySet()) {
            int[] english = paths.get(id);
            assertTrue(outputLines().contains("fr: path " + id + ": " + english[0] + " lessons, " + english[1] + " minutes"),
                    out.toString());
        }
    }

    @Test
    void brokenFilePrintsFileLineMessageAndExitsOne() throws Exception {
        LessonFiles.write(dir, "01-good.yaml", LessonFiles.GOOD_CONCEPT);
        Path broken = LessonFiles.write(dir, "02-broken.yaml", "kind: concept\ntitle: T\nbody: b\ncolour: red\n");

        int exit = run("check-lessons", dir.toString());

        assertEquals(1, exit);
        List<String> lines = outputLines();
        assertEquals(broken.toAbsolutePath() + ":4: unknown field 'colour' in a concept lesson; allowed fields: "
                + "kind, title, body, check, notes, minutes, paths, formerly", lines.get(0));
        assertEquals("lessons: 2 (concept 1, true-false 0 with 0 questions, fake-or-real 0, loss-walkthrough 0, latent-lab 0, distribution-lab 0, copy-check 0,"
                + " broken 1), true/false statements: 1, multiple-choice: 0, glossary terms: 0, errors: 1", lines.get(lines.size() - 1));
    }

    @Test
    void missingFolderExitsTwoWithAReason() {
        int exit = run("check-lessons", dir.resolve("nowhere").toString());

        assertEquals(2, exit);
        assertTrue(err.toString().contains("does not exist"), err.toString());
    }

    @Test
    void anEmptyDirArgumentOrAFolderWithoutLessonsIsNotAPass() throws Exception {
        assertEquals(2, run("check-lessons", ""), "\"\" would be the working folder");
        assertTrue(err.toString().contains("DIR is empty"), err.toString());
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a lesson");
        assertEquals(1, run("check-lessons", dir.toString()));
        assertTrue(err.toString().contains("no lesson files (*.yaml) in " + dir.toAbsolutePath()), err.toString());
    }

    @Test
    void versionIsPrinted() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("GAN Classroom "), out.toString());
    }
}
