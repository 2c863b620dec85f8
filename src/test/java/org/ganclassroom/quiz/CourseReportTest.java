package org.ganclassroom.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ganclassroom.lesson.CheckItem;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonEntry;
import org.junit.jupiter.api.Test;

class CourseReportTest {

    private final Lesson.TrueFalse quiz = new Lesson.TrueFalse("08-quiz", "Review, \"part\" 1", Path.of("q.yaml"), "",
            List.of(new CheckItem.TrueFalse("GANs have two networks", true, "G and D."),
                    new CheckItem.TrueFalse("D creates fakes", false, "G does.")));
    private final Lesson.FakeOrReal detective = new Lesson.FakeOrReal("09-fake", "Detective", Path.of("f.yaml"), "",
            10, 1, "mnist", Lesson.FakeOrReal.QuizMode.SINGLE);
    private final Course course = new Course(Path.of("lessons"),
            List.of(new LessonEntry.Loaded(quiz), new LessonEntry.Loaded(detective)));

    @Test
    void summaryAndCsvShowEveryAnswerAndRound() {
        Progress progress = new Progress();
        progress.markOpened("08-quiz");
        progress.setStudentName("  Ada\n");
        progress.record(new Answer("08-quiz", 0, "true", true, Instant.parse("2026-11-23T10:00:00Z")));
        progress.record(new Answer("08-quiz", 1, "true", false, Instant.parse("2026-11-23T10:01:00Z")));
        progress.record(new RoundResult("09-fake", 6, 10, 9, Instant.parse("2026-11-23T10:05:00Z")));
        CourseReport report = new CourseReport(course, progress);

        List<String> lines = report.lines();
        assertEquals("Student: Ada", lines.get(0));
        assertEquals("✓ Review, \"part\" 1: 1 of 2 right (2 questions)", lines.get(1));
        assertEquals("· Detective: best round 6/10 (the discriminator: 9/10)", lines.get(2));
        assertEquals("Lessons opened: 1 of 2. Questions answered: 2 of 2, 1 right (50%).", lines.get(3));

        List<String> csv = report.csv().lines().toList();
        assertEquals("student,lesson,title,kind,item,question,given,correct,answered_at", csv.get(0));
        assertEquals("\"Ada\",\"08-quiz\",\"Review, \"\"part\"\" 1\",true-false,1,\"GANs have two networks\",\"true\",true,"
                + "2026-11-23T10:00:00Z", csv.get(1));
        assertTrue(csv.get(3).startsWith("\"Ada\",\"09-fake\",\"Detective\",fake-or-real,round,"), csv.get(3));
        assertTrue(csv.get(3).contains(",\"6\",false,"), "6 of 10 against the discriminator's 9 is a lost round: " + csv.get(3));
        assertEquals(4, csv.size());
    }

    @Test
    void theSummaryFollowsTheWindowsLanguage() {
        Progress progress = new Progress();
        progress.markOpened("08-quiz");
        progress.record(new Answer("08-quiz", 0, "true", true, Instant.parse("2026-11-23T10:00:00Z")));
        org.ganclassroom.text.Messages.use("fr");
        try {
            List<String> lines = new CourseReport(course, progress).lines();
            assertEquals("✓ Review, \"part\" 1\u00a0: bonnes réponses\u00a0: 1 sur 1 (2 questions)", lines.get(0));
            assertEquals("· Detective\u00a0: aucune partie jouée", lines.get(1));
            assertEquals("Leçons ouvertes\u00a0: 1 sur 2. Questions répondues\u00a0: 1 sur 2, dont 1 bonnes réponses (100\u00a0%).",
                    lines.get(2));
        } finally {
            org.ganclassroom.text.Messages.use("en");
        }
    }
}
