package org.ganclassroom.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.lesson.LessonFiles;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.ui.training.TestTraining;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter mode projects checks and quizzes fresh: the instructor computer's earlier answers are not shown, each
 * question has a Reveal, what is answered on the projector counts nowhere, and leaving presenter mode shows the
 * instructor's own answers again.
 */
class PresenterProjectsFreshTest extends ApplicationTest {

    @TempDir
    Path temp;

    private Path userData;
    private MainWindow window;

    /** Its threads and timers end before the test's folder is deleted (a late progress write failed a cleanup). */
    @AfterEach
    void releaseTheWindow() {
        if (window != null) {
            interact(() -> window.release());
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path lessons = Files.createDirectories(temp.resolve("lessons"));
        userData = Files.createDirectories(temp.resolve("user"));
        System.setProperty("ganclassroom.lang", "en");
        LessonFiles.write(lessons, "01-intro.yaml", LessonFiles.GOOD_CONCEPT);
        LessonFiles.write(lessons, "02-quiz.yaml", """
                kind: true-false
                title: Review quiz
                questions:
                  - statement: The discriminator creates fake data.
                    answer: false
                    explain: The generator creates the fakes.
                  - question: At the stand-off, what does D output?
                    choices: ["0", "0.25", "0.5", "1"]
                    answer: "0.5"
                    explain: It cannot tell real from fake.
                """);
        window = new MainWindow(stage, lessons, userData, TestTraining.setup());
        window.show();
    }

    @AfterEach
    void back() {
        System.clearProperty("ganclassroom.lang");
        Texts.use("en");
    }

    @Test
    void checksAreProjectedUnansweredWithARevealAndCountNowhere() throws Exception {
        clickOn(".check-choice-button"); // the instructor answers True at the desk
        assertEquals(1, window.progress().allAnswers().size());

        type(KeyCode.F5);
        assertTrue(window.model().presenterProperty().get());
        Button firstAnswer = lookup("#check-1 .check-choice-button").queryButton();
        assertFalse(firstAnswer.isDisabled(), "the projected check is unanswered");
        assertFalse(lookup("#check-1 .check-answer").query().isVisible(), "no earlier explanation is shown");
        clickOn("#reveal-1");
        Label feedback = lookup("#check-1 .check-answer").queryAs(Label.class);
        assertTrue(feedback.isVisible());
        assertTrue(feedback.getText().startsWith("The answer is True."), feedback.getText());
        assertTrue(firstAnswer.getStyleClass().contains("correct-choice"), "Reveal marks the right answer");
        assertFalse(lookup("#reveal-1").query().isVisible(), "Reveal steps aside once the answer shows");

        // the quiz too: question 1 fresh, answered on the projector, and a Reveal for question 2
        type(KeyCode.RIGHT);
        assertEquals("Question 1 of 2", lookup("#question-counter").queryAs(Label.class).getText());
        type(KeyCode.T);
        assertTrue(lookup("#answer-feedback").queryAs(Label.class).getText().startsWith("Not quite."));
        type(KeyCode.ENTER);
        clickOn("#reveal-answer");
        // the quiz names the answer by its number, as its buttons and keys do (the order is the student's own)
        String revealed = lookup("#answer-feedback").queryAs(Label.class).getText();
        java.util.regex.Matcher named = java.util.regex.Pattern
                .compile("The answer is ([1-4])\\) 0\\.5\\. It cannot tell real from fake\\.").matcher(revealed);
        assertTrue(named.matches(), revealed);
        assertTrue(lookup("#choice-" + named.group(1)).queryButton().getText().endsWith("0.5"),
                "number " + named.group(1) + " is the button that says 0.5");
        assertTrue(lookup("#next-question").query().isVisible());

        assertEquals(1, window.progress().allAnswers().size(), "nothing answered on the projector counts");
        assertFalse(Files.readString(userData.resolve("progress.yaml")).contains("lesson: 02-quiz"),
                "nor is it saved (the quiz is only ticked as opened)");

        type(KeyCode.F5); // back at the desk: the instructor's own answers
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.model().presenterProperty().get());
        assertTrue(lookup("#question-counter").queryAs(Label.class).getText().equals("Question 1 of 2"),
                "the desk's quiz starts at its own first unanswered question");
        type(KeyCode.LEFT);
        assertTrue(lookup("#check-1 .check-choice-button").queryButton().isDisabled(),
                "the instructor's earlier answer is shown again");
        assertTrue(lookup("#check-1 .check-answer").queryAs(Label.class).getText().startsWith("Right."));
        assertTrue(lookup("#reveal-1").tryQuery().isEmpty(), "no Reveal at the desk");
    }

    @Test
    void enteringPresenterModeAgainProjectsFreshOnceMore() {
        type(KeyCode.F5);
        clickOn("#reveal-1");
        type(KeyCode.F5);
        type(KeyCode.F5);
        assertFalse(lookup("#check-1 .check-answer").query().isVisible(), "a new projection starts unanswered");
        assertTrue(window.progress().allAnswers().isEmpty());
    }
}
