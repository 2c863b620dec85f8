package org.ganclassroom.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A lesson whose file was renamed (formerly: in the lesson) keeps a student's ticks, answers and rounds. */
class ProgressRenameTest {

    @Test
    void whatWasRecordedUnderTheOldIdMovesToTheNewOneOnce() {
        Progress progress = new Progress();
        progress.markOpened("14-watch");
        progress.record(new Answer("14-watch", 0, "true", true, Instant.EPOCH));
        progress.record(new Answer("14-watch", 2, "false", false, Instant.EPOCH));
        progress.record(new RoundResult("14-watch", 7, 10, 8, Instant.EPOCH));
        progress.markOpened("other");

        assertTrue(progress.renameLesson("14-watch", "10c-watch"));
        assertEquals(Set.of("10c-watch", "other"), progress.opened());
        assertEquals("1/2", progress.score("10c-watch").toString());
        assertTrue(progress.answers("14-watch").isEmpty());
        assertEquals("10c-watch", progress.answer("10c-watch", 2).orElseThrow().lessonId());
        assertEquals(7, progress.bestRound("10c-watch").orElseThrow().correct());

        assertFalse(progress.renameLesson("14-watch", "10c-watch"), "nothing left under the old id: nothing moves");
    }

    @Test
    void answersAlreadyUnderTheNewIdAreNeverOverwritten() {
        Progress progress = new Progress();
        progress.record(new Answer("old", 0, "true", true, Instant.EPOCH));
        progress.record(new Answer("new", 0, "false", false, Instant.EPOCH));
        assertFalse(progress.renameLesson("old", "new"));
        assertEquals("0/1", progress.score("new").toString());
        assertEquals("1/1", progress.score("old").toString(), "kept where it was, not lost");
    }
}
