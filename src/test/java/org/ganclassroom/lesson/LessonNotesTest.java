package org.ganclassroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every lesson kind may carry its sources in a 'notes' field; the shipped course cites its papers. */
class LessonNotesTest {

    @TempDir
    Path dir;

    @Test
    void notesAreReadForEveryKindAndOptional() throws Exception {
        LessonFiles.write(dir, "01-c.yaml", "kind: concept\ntitle: C\nbody: b\nnotes: Goodfellow et al. (2014)\n");
        LessonFiles.write(dir, "02-t.yaml", """
                kind: true-false
                title: T
                notes: |
                  Radford, Metz and Chintala (2016)
                questions:
                  - statement: S
                    answer: true
                    explain: E
                """);
        LessonFiles.write(dir, "03-f.yaml", "kind: fake-or-real\ntitle: F\n");
        var entries = new CourseLoader().load(dir).entries();
        assertEquals("Goodfellow et al. (2014)", lesson(entries.get(0)).notes());
        assertTrue(lesson(entries.get(1)).notes().startsWith("Radford"));
        assertEquals("", lesson(entries.get(2)).notes());
    }

    @Test
    void shippedLessonsThatTellHistoryCiteTheirSources() throws Exception {
        var entries = new CourseLoader().load(LessonFiles.shippedLessons()).entries();
        for (String id : new String[] {"01-what-is-a-gan", "05-the-noise-input", "06-why-gans-matter",
                "07-the-road-since-2014", "11-loss-walkthrough"}) {
            Lesson lesson = entries.stream().filter(e -> e.id().equals(id)).map(LessonNotesTest::lesson).findFirst()
                    .orElseThrow();
            assertTrue(lesson.notes().matches("(?s).*\\(20\\d\\d\\).*"), id + " cites a paper with its year: " + lesson.notes());
        }
    }

    private static Lesson lesson(LessonEntry entry) {
        return assertInstanceOf(LessonEntry.Loaded.class, entry, () -> entry.toString()).lesson();
    }
}
