package org.ganclassroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganclassroom.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad lesson file gives a message on the right line that an instructor can act on. */
class LessonValidationTest {

    @TempDir
    Path dir;

    private LessonEntry load(String content) throws Exception {
        LessonFiles.write(dir, "01-lesson.yaml", content);
        return new CourseLoader().load(dir).entries().get(0);
    }

    private LessonProblem onlyProblem(String content) throws Exception {
        LessonEntry.Broken broken = assertInstanceOf(LessonEntry.Broken.class, load(content));
        assertEquals(1, broken.problems().size(), () -> "problems: " + broken.problems());
        return broken.problems().get(0);
    }

    private static void assertProblem(LessonProblem problem, int line, String fragment) {
        assertEquals(line, problem.line(), problem::toString);
        assertTrue(problem.message().contains(fragment), () -> "'" + problem.message() + "' mentions '" + fragment + "'");
    }

    @Test
    void goodConceptLessonLoadsWithItsCheck() throws Exception {
        Lesson.Concept concept = assertInstanceOf(Lesson.Concept.class,
                assertInstanceOf(LessonEntry.Loaded.class, load(LessonFiles.GOOD_CONCEPT)).lesson());
        assertEquals("What is a GAN?", concept.title());
        assertTrue(concept.body().contains("**game**"));
        assertEquals(List.of(new CheckItem.TrueFalse("A GAN consists of two neural networks.", true,
                "A generator and a discriminator.")), concept.check());
    }

    @Test
    void yamlSyntaxErrorNamesItsLine() throws Exception {
        LessonProblem problem = onlyProblem("kind: concept\ntitle: Fine\nbody: |\n  text\nbroken: [unclosed\n");
        assertTrue(problem.line() >= 5, problem::toString);
        assertTrue(problem.message().startsWith("not valid YAML"), problem::toString);
    }

    @Test
    void missingKindIsReported() throws Exception {
        assertProblem(onlyProblem("title: No kind\nbody: text\n"), 1, "needs a 'kind' field");
    }

    @Test
    void unknownKindListsTheValidOnes() throws Exception {
        assertProblem(onlyProblem("title: Quiz\nkind: quizz\n"), 2,
                "unknown kind 'quizz': use one of concept, true-false, fake-or-real, loss-walkthrough");
    }

    @Test
    void misspeltFieldSuggestsTheRightOne() throws Exception {
        assertProblem(onlyProblem("kind: concept\ntitle: T\nbody: b\ntittle: again\n"), 4,
                "unknown field 'tittle' in a concept lesson (did you mean 'title'?)");
    }

    @Test
    void problemsAreReportedInTheChosenLanguage() throws Exception {
        Messages.use("fr");
        try {
            assertEquals("il manque le champ 'title' dans une leçon de type concept",
                    onlyProblem("kind: concept\nbody: b\n").message());
        } finally {
            Messages.use("en");
        }
        assertEquals("a concept lesson is missing the 'title' field", onlyProblem("kind: concept\nbody: b\n").message());
    }

    @Test
    void missingRequiredFieldIsReported() throws Exception {
        assertProblem(onlyProblem("kind: concept\ntitle: T\n"), 1, "a concept lesson is missing the 'body' field");
    }

    @Test
    void fieldGivenTwiceIsReported() throws Exception {
        assertProblem(onlyProblem("kind: concept\ntitle: T\nbody: b\ntitle: U\n"), 4, "'title' is given twice");
    }

    @Test
    void answerMustBeTrueOrFalse() throws Exception {
        assertProblem(onlyProblem("""
                kind: true-false
                title: Quiz
                questions:
                  - statement: Sky is blue
                    answer: maybe
                    explain: Look up.
                """), 5, "'answer' must be true or false");
    }

    @Test
    void questionNeedsAnExplanation() throws Exception {
        assertProblem(onlyProblem("""
                kind: true-false
                title: Quiz
                questions:
                  - statement: Sky is blue
                    answer: true
                """), 4, "a question is missing the 'explain' field");
    }

    @Test
    void multipleChoiceAnswerMustBeOneOfTheChoices() throws Exception {
        assertProblem(onlyProblem("""
                kind: true-false
                title: Quiz
                questions:
                  - question: Year?
                    choices: [1970, 2014]
                    answer: 2015
                    explain: It was 2014.
                """), 6, "'answer' must repeat one of the choices exactly");
    }

    @Test
    void aRightChoiceFarLongerThanEveryWrongOneIsReported() throws Exception {
        assertProblem(onlyProblem("""
                kind: true-false
                title: Quiz
                questions:
                  - question: What does the discriminator output?
                    choices: [A picture, The probability that its input is a real image rather than a fake, A loss]
                    answer: The probability that its input is a real image rather than a fake
                    explain: D says how sure it is that the image is real.
                """), 6, "the right choice (65 characters) is far longer than every wrong one (at most 9)");
        // a right answer about as long as a wrong one is fine
        assertInstanceOf(LessonEntry.Loaded.class, load("""
                kind: true-false
                title: Quiz
                questions:
                  - question: What does the discriminator output?
                    choices: [The probability that its input is real, The label of the digit it is shown]
                    answer: The probability that its input is real
                    explain: D says how sure it is that the image is real.
                """));
    }

    @Test
    void trueFalseLessonNeedsQuestions() throws Exception {
        assertProblem(onlyProblem("kind: true-false\ntitle: Quiz\nquestions: []\n"), 3, "'questions' is empty");
    }

    @Test
    void fakeOrRealSettingsAreChecked() throws Exception {
        LessonEntry.Broken broken = assertInstanceOf(LessonEntry.Broken.class, load("""
                kind: fake-or-real
                title: Detective
                images: 1000
                dataset: cifar
                """));
        assertEquals(2, broken.problems().size(), broken.problems()::toString);
        assertProblem(broken.problems().get(0), 3, "'images' must be a whole number from 2 to 100");
        assertProblem(broken.problems().get(1), 4, "'dataset' must be one of mnist, fashion");
    }

    @Test
    void fakeOrRealDefaultsAreFilledIn() throws Exception {
        Lesson.FakeOrReal quiz = assertInstanceOf(Lesson.FakeOrReal.class,
                assertInstanceOf(LessonEntry.Loaded.class, load("kind: fake-or-real\ntitle: D\n")).lesson());
        assertEquals(10, quiz.images());
        assertEquals("mnist", quiz.dataset());
        assertEquals(Lesson.FakeOrReal.QuizMode.SINGLE, quiz.mode());
    }

    @Test
    void walkthroughStepsNeedTitleAndBody() throws Exception {
        assertProblem(onlyProblem("""
                kind: loss-walkthrough
                title: Loss
                steps:
                  - formula: \\min_G
                    body: text
                """), 4, "a walkthrough step is missing the 'title' field");
    }

    @Test
    void formulaThatDoesNotTypesetIsReportedByTheFullCheckOnly() throws Exception {
        String lesson = """
                kind: loss-walkthrough
                title: Loss
                steps:
                  - title: Broken
                    formula: \\notacommand{x}
                    body: text
                """;
        assertProblem(onlyProblem(lesson), 5, "the formula is not valid LaTeX");
        // The window skips the costly trial typesetting and shows such a formula as source.
        assertInstanceOf(LessonEntry.Loaded.class, CourseLoader.forDisplay().load(dir).entries().get(0));
    }

    @Test
    void imageOutsideTheLessonsFolderIsRefused() throws Exception {
        Files.writeString(dir.getParent().resolve("secret.png"), "x");
        assertProblem(onlyProblem("""
                kind: concept
                title: T
                body: |
                  Intro line.

                  ![escape](../secret.png)
                """), 6, "points outside the lessons folder");
    }

    @Test
    void missingImageIsReported() throws Exception {
        assertProblem(onlyProblem("kind: concept\ntitle: T\nbody: |\n  ![gone](images/gone.png)\n"), 4,
                "'images/gone.png' was not found");
    }

    @Test
    void webImageIsRefusedBecauseTheAppIsOffline() throws Exception {
        assertProblem(onlyProblem("kind: concept\ntitle: T\nbody: '![x](https://example.org/x.png)'\n"), 3,
                "web address");
    }

    @Test
    void imageLinkEscapingTheFolderIsRefused() throws Exception {
        Path outside = Files.writeString(dir.getParent().resolve("outside.png"), "x");
        Files.createDirectories(dir.resolve("images"));
        Files.createSymbolicLink(dir.resolve("images/link.png"), outside);
        assertProblem(onlyProblem("kind: concept\ntitle: T\nbody: |\n  ![l](images/link.png)\n"), 4,
                "link to a file outside the lessons folder");
    }

    @Test
    void imageInsideTheFolderIsAccepted() throws Exception {
        Files.createDirectories(dir.resolve("images"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", dir.resolve("images/ok.png").toFile());
        assertInstanceOf(LessonEntry.Loaded.class, load("kind: concept\ntitle: T\nbody: |\n  ![ok](images/ok.png)\n"));
    }

    @Test
    void emptyFileIsReported() throws Exception {
        assertProblem(onlyProblem(""), 1, "the file is empty");
    }

    @Test
    void listAtTopLevelIsReported() throws Exception {
        assertProblem(onlyProblem("- kind: concept\n"), 1, "must be a group of fields");
    }

    @Test
    void nonUtf8FileIsReported() throws Exception {
        Files.write(dir.resolve("01-lesson.yaml"), new byte[] {'k', 'i', 'n', 'd', ':', ' ', (byte) 0xE9, '\n'});
        LessonEntry.Broken broken = assertInstanceOf(LessonEntry.Broken.class, new CourseLoader().load(dir).entries().get(0));
        assertProblem(broken.problems().get(0), 1, "not UTF-8");
    }

    @Test
    void everyProblemInAFileIsReportedInOnePass() throws Exception {
        LessonEntry.Broken broken = assertInstanceOf(LessonEntry.Broken.class, load("""
                kind: concept
                title: T
                colour: red
                check:
                  - statement: S
                    answer: perhaps
                    explain: E
                """));
        assertEquals(List.of(3, 1, 6), broken.problems().stream().map(LessonProblem::line).toList(),
                broken.problems()::toString);
    }

    @Test
    void problemPrintsAsFileLineMessage() {
        assertEquals(Path.of("lessons/x.yaml") + ":7: oops",
                new LessonProblem(Path.of("lessons/x.yaml"), 7, "oops").toString());
    }

    @Test
    void latentLabSettingsAreCheckedAndDefaultsFilledIn() throws Exception {
        assertProblem(onlyProblem("kind: latent-lab\ntitle: Lab\ndataset: faces\n"), 3, "dataset");
        Lesson.LatentLab lab = (Lesson.LatentLab) assertInstanceOf(LessonEntry.Loaded.class,
                load("kind: latent-lab\ntitle: Lab\n")).lesson();
        assertEquals("mnist", lab.dataset());
        assertEquals(1, lab.seed());
        assertTrue(lab.check().isEmpty());
    }
}
