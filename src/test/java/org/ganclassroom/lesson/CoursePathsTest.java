package org.ganclassroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths through a course: declared in paths.yaml, joined by each lesson, checked like the rest. */
class CoursePathsTest {

    @TempDir
    Path course;

    private static final String PATHS = """
            paths:
              - id: core
                title: The core
              - id: full
                title: Everything
            """;

    private static String concept(String title, String placement) {
        return "kind: concept\ntitle: " + title + "\n" + placement + "body: |\n  Text.\n";
    }

    private Course load(Path folder) throws Exception {
        return new CourseLoader().load(folder);
    }

    private static String problems(Course course) {
        return String.join("\n", course.problems().stream().map(LessonProblem::toString).toList());
    }

    @Test
    void aPathIsItsLessonsInFileOrderWithTheirMinutesAndTheRestAreOffIt() throws Exception {
        LessonFiles.write(course, "paths.yaml", PATHS);
        LessonFiles.write(course, "01-a.yaml", concept("A", "minutes: 5\npaths: [core, full]\n"));
        LessonFiles.write(course, "02-b.yaml", concept("B", "minutes: 12\npaths: [full]\n"));
        LessonFiles.write(course, "03-c.yaml", concept("C", "minutes: 7\npaths: [full, core]\n"));
        Course loaded = load(course);
        assertEquals("", problems(loaded));
        assertEquals(3, loaded.entries().size(), "paths.yaml is not a lesson");
        assertEquals(List.of("01-a", "03-c"), loaded.onPath("core").stream().map(LessonEntry::id).toList());
        assertEquals(List.of("02-b"), loaded.offPath("core").stream().map(LessonEntry::id).toList());
        assertEquals(12, loaded.minutesOn("core"));
        assertEquals(List.of("path core: 2 lessons, 12 minutes", "path full: 3 lessons, 24 minutes"), loaded.pathLines());
        assertEquals(3, loaded.onPath("no-such-path").size(), "a path the course lacks: every lesson");
    }

    @Test
    void aLessonOnAPathTheCourseLacksOrWithoutItsMinutesIsReportedWithItsLine() throws Exception {
        LessonFiles.write(course, "paths.yaml", PATHS);
        LessonFiles.write(course, "01-a.yaml", concept("A", "minutes: 5\npaths: [cor]\n"));
        LessonFiles.write(course, "02-b.yaml", concept("B", "paths: [core]\n"));
        LessonFiles.write(course, "03-c.yaml", concept("C", "minutes: 0\n"));
        LessonFiles.write(course, "04-d.yaml", concept("D", "minutes: 4\nformerly: [04-d]\n"));
        String all = problems(load(course));
        assertTrue(all.contains("01-a.yaml:4: no path 'cor' in paths.yaml; the course's paths are core, full"), all);
        assertTrue(all.contains("02-b.yaml:3: a lesson on a path needs its 'minutes:'"), all);
        assertTrue(all.contains("03-c.yaml:3: 'minutes' must be a whole number from 1 to 240"), all);
        assertTrue(all.contains("04-d.yaml:4: 'formerly:' names the lesson's own id 04-d"), all);
    }

    @Test
    void aPathsFileWithAnIdTwiceOrABadIdIsReportedAndALessonWithoutOneIsToo() throws Exception {
        LessonFiles.write(course, "paths.yaml", "paths:\n  - id: core\n    title: A\n  - id: core\n    title: B\n"
                + "  - id: Big Path\n    title: C\n  - title: no id\n");
        String all = problems(load(course));
        assertTrue(all.contains("paths.yaml:4: the path 'core' is defined twice"), all);
        assertTrue(all.contains("paths.yaml:6: a path's id is lower-case letters"), all);
        assertTrue(all.contains("paths.yaml:8: a path is missing the 'id' field"), all);

        Path bare = course.resolve("bare");
        LessonFiles.write(bare, "01-a.yaml", concept("A", "minutes: 5\npaths: [core]\n"));
        assertTrue(problems(load(bare)).contains("the lesson is on the path 'core', but this folder has no paths.yaml"),
                problems(load(bare)));
    }

    @Test
    void aTranslationThatPutsALessonOnAnotherPathOrGivesItOtherMinutesHasDrifted() throws Exception {
        LessonFiles.write(course, "paths.yaml", PATHS);
        LessonFiles.write(course, "fr/paths.yaml", PATHS.replace("The core", "L'essentiel"));
        LessonFiles.write(course, "01-a.yaml", concept("A", "minutes: 5\npaths: [core, full]\n"));
        LessonFiles.write(course, "02-b.yaml", concept("B", "minutes: 12\npaths: [full]\n"));
        LessonFiles.write(course, "03-c.yaml", concept("C", "minutes: 3\npaths: [core, full]\n"));
        LessonFiles.write(course, "fr/01-a.yaml", concept("A", "minutes: 5\npaths: [full]\n"));
        LessonFiles.write(course, "fr/02-b.yaml", concept("B", "minutes: 10\npaths: [full]\n"));
        List<LessonProblem> drift = Translations.drift(load(course), load(course.resolve("fr")));
        String all = String.join("\n", drift.stream().map(LessonProblem::toString).toList());
        assertTrue(all.contains("fr/01-a.yaml:1: drifts from 01-a.yaml: here 5 minutes on the paths [full], in the source"
                + " 5 minutes on [core, full]"), all);
        assertTrue(all.contains("fr/02-b.yaml:1: drifts from 02-b.yaml: here 10 minutes"), all);
        assertTrue(all.contains("fr/03-c.yaml:1: missing: the course has 03-c.yaml, on the paths core, full"), all);
        assertEquals(3, drift.size(), all);
    }

    @Test
    void theShippedCourseHasACoreAClassAndTheFullPathWithEveryLessonOnTheFullOne() throws Exception {
        Course shipped = load(LessonFiles.shippedLessons());
        assertEquals(List.of("core", "class", "full"), shipped.paths().ids());
        assertEquals(shipped.entries().size(), shipped.onPath("full").size(), "the full path is every lesson");
        for (LessonEntry entry : shipped.entries()) {
            assertInstanceOf(LessonEntry.Loaded.class, entry, entry::toString);
            assertTrue(entry.placement().minutes() > 0, entry.id() + " declares its minutes");
        }
        assertTrue(shipped.onPath("core").stream().allMatch(e -> shipped.onPath("class").contains(e)),
                "the 90-minute class builds on the core");
        assertTrue(shipped.offPath("core").stream().anyMatch(e -> e.id().startsWith("90-appendix")));
    }
}
