package org.ganclassroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A course's translations: found by language, sharing the course's images, and checked for drift. */
class TranslationsTest {

    @TempDir
    Path course;

    private static final String QUIZ = """
            kind: true-false
            title: %s
            questions:
              - statement: %s
                answer: %s
                explain: %s
            """;

    @Test
    void aTranslationIsFoundByItsLanguageAndEnglishIsTheCourseItself() throws Exception {
        LessonFiles.write(course, "01-a.yaml", LessonFiles.GOOD_CONCEPT);
        LessonFiles.write(course, "fr/01-a.yaml", LessonFiles.GOOD_CONCEPT.replace("What is a GAN?", "Qu'est-ce qu'un GAN ?"));
        Files.createDirectories(course.resolve("images")); // not a language
        assertEquals(List.of("fr"), Translations.languages(course));
        assertEquals(course.resolve("fr"), Translations.folderFor(course, "fr"));
        assertEquals(course, Translations.folderFor(course, "en"));
        assertEquals(course, Translations.folderFor(course, "de"), "no German translation: English");
        assertTrue(Translations.isTranslation(course.resolve("fr")));
    }

    @Test
    void aTranslationSharesTheCoursesImagesUnlessItHasItsOwn() throws Exception {
        Files.createDirectories(course.resolve("images"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", course.resolve("images/diagram.png").toFile());
        LessonFiles.write(course, "01-a.yaml", "kind: concept\ntitle: A\nbody: |\n  ![d](images/diagram.png)\n");
        LessonFiles.write(course, "fr/01-a.yaml", "kind: concept\ntitle: A\nbody: |\n  ![d](images/diagram.png)\n");
        LessonEntry entry = new CourseLoader().load(course.resolve("fr")).entries().get(0);
        assertInstanceOf(LessonEntry.Loaded.class, entry, entry::toString);
        assertTrue(new LessonAssets(course.resolve("fr")).resolveImage("images/diagram.png")
                instanceof LessonAssets.Resolution.Found found && found.file().startsWith(course.resolve("images")));
    }

    @Test
    void driftNamesAMissingLessonAnotherAnswerAndAnotherNumberOfChecks() throws Exception {
        LessonFiles.write(course, "01-quiz.yaml", QUIZ.formatted("Quiz", "GANs have two networks.", "true", "G and D."));
        LessonFiles.write(course, "02-more.yaml", QUIZ.formatted("More", "D draws.", "false", "G draws."));
        LessonFiles.write(course, "03-gone.yaml", LessonFiles.GOOD_CONCEPT);
        LessonFiles.write(course, "fr/01-quiz.yaml", QUIZ.formatted("Quiz", "Un GAN a deux réseaux.", "false",
                "G et D."));
        LessonFiles.write(course, "fr/02-more.yaml", "kind: true-false\ntitle: Plus\nquestions: []\n");
        LessonFiles.write(course, "fr/04-extra.yaml", LessonFiles.GOOD_CONCEPT);
        List<LessonProblem> drift = Translations.drift(new CourseLoader().load(course),
                new CourseLoader().load(course.resolve("fr")));
        String all = String.join("\n", drift.stream().map(LessonProblem::toString).toList());
        assertTrue(all.contains("fr/03-gone.yaml:1: missing"), all);
        assertTrue(all.contains("fr/01-quiz.yaml:1: drifts from 01-quiz.yaml: check 1's answer is false here, true in the source"), all);
        assertTrue(all.contains("fr/04-extra.yaml:1: the course it translates has no lesson 04-extra"), all);
        assertEquals(3, drift.size(), all); // 02-more is broken (no questions): check-lessons reports that itself
    }
}
