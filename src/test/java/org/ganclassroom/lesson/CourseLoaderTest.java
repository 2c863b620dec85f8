package org.ganclassroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseLoaderTest {

    @TempDir
    Path dir;

    @Test
    void shippedCourseLoadsWithoutProblemsAndHasEveryKind() throws Exception {
        Course course = new CourseLoader().load(LessonFiles.shippedLessons());

        assertEquals(List.of(), course.problems());
        for (LessonKind kind : LessonKind.values()) {
            assertTrue(course.entries().stream()
                            .anyMatch(e -> e instanceof LessonEntry.Loaded l && l.lesson().kind() == kind),
                    "the shipped course has a " + kind.fileName() + " lesson");
        }
        // Every concept lesson carries its own true/false check (Foundation issue, item 8).
        course.entries().stream()
                .map(e -> ((LessonEntry.Loaded) e).lesson())
                .filter(l -> l.kind() == LessonKind.CONCEPT)
                .forEach(l -> assertTrue(l.checkItems().stream().anyMatch(CheckItem.TrueFalse.class::isInstance),
                        l.id() + " has a true/false check"));
    }

    @Test
    void lessonsAreOrderedByFileNameAndOtherFilesIgnored() throws Exception {
        LessonFiles.write(dir, "10-last.yaml", LessonFiles.GOOD_CONCEPT.replace("What is a GAN?", "Last"));
        LessonFiles.write(dir, "02-second.yml", LessonFiles.GOOD_CONCEPT.replace("What is a GAN?", "Second"));
        LessonFiles.write(dir, "01-first.yaml", LessonFiles.GOOD_CONCEPT.replace("What is a GAN?", "First"));
        LessonFiles.write(dir, "README.md", "# notes");
        LessonFiles.write(dir, "images/pic.txt", "not a lesson");

        Course course = new CourseLoader().load(dir);

        assertEquals(List.of("First", "Second", "Last"), course.entries().stream().map(LessonEntry::title).toList());
        assertEquals(List.of("01-first", "02-second", "10-last"), course.entries().stream().map(LessonEntry::id).toList());
    }

    @Test
    void aBrokenLessonDoesNotStopTheOthers() throws Exception {
        LessonFiles.write(dir, "01-good.yaml", LessonFiles.GOOD_CONCEPT);
        LessonFiles.write(dir, "02-broken.yaml", "kind: concept\ntitle: Broken one\n");
        LessonFiles.write(dir, "03-good.yaml", LessonFiles.GOOD_CONCEPT);

        Course course = new CourseLoader().load(dir);

        assertInstanceOf(LessonEntry.Loaded.class, course.entries().get(0));
        LessonEntry.Broken broken = assertInstanceOf(LessonEntry.Broken.class, course.entries().get(1));
        assertEquals("Broken one", broken.title());
        assertInstanceOf(LessonEntry.Loaded.class, course.entries().get(2));
        assertEquals(1, course.problems().size());
    }

    @Test
    void aMissingFolderIsAClearError() {
        CourseLoader.FolderException error = assertThrows(CourseLoader.FolderException.class,
                () -> new CourseLoader().load(dir.resolve("nowhere")));
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
    }

    @Test
    void summaryCountsKindsQuestionsAndErrors() throws Exception {
        LessonFiles.write(dir, "01-a.yaml", LessonFiles.GOOD_CONCEPT);
        LessonFiles.write(dir, "02-quiz.yaml", """
                kind: true-false
                title: Quiz
                questions:
                  - statement: One
                    answer: true
                    explain: Because.
                  - question: Pick
                    choices: [a, b]
                    answer: b
                    explain: Because.
                """);
        LessonFiles.write(dir, "03-bad.yaml", "kind: nonsense\ntitle: Bad\n");

        String summary = new CourseLoader().load(dir).summary();

        assertEquals("lessons: 3 (concept 1, true-false 1 with 2 questions, fake-or-real 0, loss-walkthrough 0, latent-lab 0, distribution-lab 0, copy-check 0,"
                + " broken 1), true/false statements: 2, multiple-choice: 1, glossary terms: 0, errors: 1", summary);
    }
}
