package org.ganclassroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy-check lesson file: its fields, its defaults, and the one combination that cannot be. */
class CopyCheckLessonTest {

    @TempDir
    Path dir;

    @Test
    void aCopyCheckLessonNamesItsDatasetAndGeneratorAndHasChecks() throws Exception {
        LessonFiles.write(dir, "01-copy.yaml", """
                kind: copy-check
                title: Is it a copy?
                intro: Pick the best fakes and look at their neighbours.
                generator: ten-minutes
                check:
                  - statement: A fake far from every training image cannot be a copy of one.
                    answer: true
                    explain: A copy sits on top of the image it copies.
                """);
        LessonEntry entry = new CourseLoader().load(dir).entries().get(0);
        Lesson.CopyCheck lesson = assertInstanceOf(Lesson.CopyCheck.class,
                assertInstanceOf(LessonEntry.Loaded.class, entry, entry::toString).lesson());
        assertEquals("mnist", lesson.dataset());
        assertEquals("ten-minutes", lesson.generator());
        assertEquals(1, lesson.checkItems().size());
        assertTrue(lesson.kind().isActivity(), "on a projector the lab gets the whole width");
    }

    @Test
    void clothesHaveNoCollapsedGeneratorAndAnUnknownOneIsNamed() throws Exception {
        LessonFiles.write(dir, "01-copy.yaml", "kind: copy-check\ntitle: T\ndataset: fashion\ngenerator: collapsed\n");
        LessonFiles.write(dir, "02-copy.yaml", "kind: copy-check\ntitle: T\ngenerator: best\n");
        String all = String.join("\n", new CourseLoader().load(dir).problems().stream().map(LessonProblem::toString).toList());
        assertTrue(all.contains("01-copy.yaml:4: only the digits (dataset: mnist) have a collapsed generator"), all);
        assertTrue(all.contains("02-copy.yaml:3:") && all.contains("one-minute, ten-minutes, trained, collapsed"), all);
    }
}
