package org.ganclassroom.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        progress.markOpened("01-a");
        progress.record(new Answer("08-quiz", 0, "true", true, Instant.parse("2026-11-23T10:00:00Z")));
        progress.record(new Answer("08-quiz", 1, "false", false, Instant.parse("2026-11-23T10:01:00Z")));
        progress.record(new Answer("08-quiz", 1, "true", true, Instant.parse("2026-11-23T10:02:00Z"))); // retried
        progress.record(new RoundResult("09-fake", 7, 10, 8, Instant.parse("2026-11-23T10:05:00Z")));
        new ProgressStore(dir).save(progress);

        ProgressStore store = new ProgressStore(dir);
        Progress loaded = store.load();
        assertTrue(store.loadProblem().isEmpty());
        assertEquals(Set.of("01-a"), loaded.opened());
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
        assertTrue(new ProgressStore(dir).load().allAnswers().isEmpty());
    }

    @Test
    void missingFileIsAFreshStartWithoutComplaint() {
        ProgressStore store = new ProgressStore(dir);
        assertTrue(store.load().opened().isEmpty());
        assertTrue(store.loadProblem().isEmpty());
    }
}
