package org.ganclassroom.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    @TempDir
    Path dir;

    @Test
    void answersRoundsAndTicksSurviveARestart() throws Exception {
        Progress progress = new Progress();
        progress.setStudentName("Amara Okafor");
        progress.markOpened("01-a");
        progress.record(new Answer("08-quiz", 0, "true", true, Instant.parse("2026-11-23T10:00:00Z")));
        progress.record(new Answer("08-quiz", 1, "false", false, Instant.parse("2026-11-23T10:01:00Z")));
        progress.record(new Answer("08-quiz", 1, "true", true, Instant.parse("2026-11-23T10:02:00Z"))); // retried
        progress.record(new RoundResult("09-fake", 7, 10, 8, Instant.parse("2026-11-23T10:05:00Z")));
        try (ProgressStore writer = new ProgressStore(dir)) {
            writer.save(progress);
        }

        ProgressStore store = new ProgressStore(dir);
        Progress loaded = store.load();
        assertTrue(store.loadProblem().isEmpty());
        assertEquals(Set.of("01-a"), loaded.opened());
        assertEquals("Amara Okafor", loaded.studentName());
        assertEquals(new Progress.Score(2, 2), loaded.score("08-quiz"));
        assertEquals(progress.allAnswers(), loaded.allAnswers());
        assertEquals(progress.rounds(), loaded.rounds());
    }

    @Test
    void corruptFileIsKeptAsABackupAndTheStudentStartsCleanAndIsTold() throws Exception {
        Files.writeString(dir.resolve("progress.yaml"), "format: gan-classroom-progress\nanswers: [ {lesson: x, item: oops");
        ProgressStore store = new ProgressStore(dir);

        Progress loaded = store.load();

        assertTrue(loaded.allAnswers().isEmpty());
        assertTrue(store.loadProblem().orElseThrow().contains("could not be read"), store.loadProblem().toString());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("progress.yaml.broken-")));
        }
        store.save(loaded); // and saving works again
        store.close();
        assertTrue(new ProgressStore(dir).load().allAnswers().isEmpty());
    }

    @Test
    void aSecondWindowOnTheSameAccountSaysItWillNotSaveAndErasesNothing() throws Exception {
        ProgressStore first = new ProgressStore(dir);
        Progress firstProgress = first.load();
        firstProgress.record(new Answer("08-quiz", 0, "true", true, Instant.parse("2026-11-23T10:00:00Z")));
        first.save(firstProgress);

        ProgressStore second = new ProgressStore(dir);
        Progress secondProgress = second.load();
        assertTrue(second.readOnly());
        assertTrue(second.loadProblem().orElseThrow().contains("Another GAN Classroom window"), second.loadProblem().toString());
        secondProgress.record(new Answer("08-quiz", 1, "false", false, Instant.parse("2026-11-23T10:01:00Z")));
        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> second.save(secondProgress));
        assertTrue(refused.getMessage().contains("not saved"), refused.getMessage());

        firstProgress.record(new Answer("08-quiz", 2, "true", true, Instant.parse("2026-11-23T10:02:00Z")));
        first.save(firstProgress);
        first.close();
        second.close();
        try (ProgressStore later = new ProgressStore(dir)) {
            assertEquals(2, later.load().allAnswers().size(), "both of the first window's answers are kept");
            assertTrue(later.loadProblem().isEmpty(), "a crashed or closed window leaves no stuck lock");
        }
    }

    @Test
    void aSaveInterruptedByACrashLeavesNoTemporaryFileBehind() throws Exception {
        Path leftover = Files.writeString(dir.resolve(".progress.yaml.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "half");
        Path other = Files.writeString(dir.resolve(".shell.properties.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "x");
        try (ProgressStore store = new ProgressStore(dir)) {
            store.load();
        }
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(other), "only the progress file's leftovers are the store's to remove");
    }

    @Test
    void aFileTooLargeToBeOursIsSetAsideQuickly() throws Exception {
        Path file = dir.resolve("progress.yaml");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("format: gan-classroom-progress\nopened:\n");
            for (int i = 0; i < 500_000; i++) {
                out.write("- lesson-" + i + "\n");
            }
        }
        try (ProgressStore store = new ProgressStore(dir)) {
            assertTrue(store.load().opened().isEmpty());
            assertTrue(store.loadProblem().orElseThrow().contains("kept as"), store.loadProblem().toString());
        }
    }

    @Test
    void missingFileIsAFreshStartWithoutComplaint() {
        try (ProgressStore store = new ProgressStore(dir)) {
            assertTrue(store.load().opened().isEmpty());
            assertTrue(store.loadProblem().isEmpty());
        }
    }
}
