package org.ganclassroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ganclassroom.ui.shell.MainWindow;
import org.ganclassroom.ui.training.TestTraining;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No text of any lesson, lab, quiz or the dock is cut with an ellipsis on a projector's screen: every lesson of
 * the shipped course is visited (the walkthrough's steps and its algorithm, the latent lab's modes, a Fake-or-Real
 * round's question and its verdict too) and every shown
 * Labeled compared with what its skin draws ({@link Truncations}).
 */
class NothingCutTest extends ApplicationTest {

    /** Set by NothingCutOnAProjectorTest: presenter mode, full screen on the screen Monocle was given. */
    boolean presenter;
    /** The dock's recipes: tiny networks, so the walk does not wait for training. */
    org.ganclassroom.dock.DockSetup training = TestTraining.setup();

    @TempDir
    Path userData;

    private Stage stage;
    MainWindow window;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void back() {
        System.clearProperty("ganclassroom.lang");
        Texts.use("en");
    }

    void open(String language, double width, double height) {
        System.setProperty("ganclassroom.lang", language);
        try {
            java.nio.file.Files.createDirectories(userData.resolve(language));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        interact(() -> {
            // a user folder per window: the first still holds its progress file's lock
            window = new MainWindow(stage, Path.of("lessons"), userData.resolve(language), training);
            window.show();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            window.model().presenterProperty().set(presenter);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every lesson from the first, its states driven by keys; the cut texts of each, named by lesson. */
    List<String> walkTheCourse(String setting) {
        List<String> cut = new ArrayList<>();
        int rounds = 0;
        interact(() -> window.model().select(0));
        int lessons = window.model().lessons().size();
        for (int i = 0; i < lessons; i++) {
            int index = i;
            interact(() -> window.model().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            String lesson = window.model().current().orElseThrow().id();
            collect(setting + " " + lesson, cut);
            for (String mode : new String[] {"#lab-sum-mode", "#lab-draw-mode"}) { // the latent lab's other modes
                if (lookup(mode).tryQuery().isPresent()) {
                    interact(() -> ((javafx.scene.control.ButtonBase) lookup(mode).query()).fire());
                    collect(setting + " " + lesson + " " + mode, cut);
                }
            }
            if (lookup("#start-round").tryQuery().isPresent()) { // a Fake-or-Real round: a question, its verdict
                interact(() -> {
                    ((javafx.scene.control.CheckBox) lookup("#instant-feedback").query()).setSelected(true);
                    lookup("#start-round").queryButton().fire();
                });
                waitFor(() -> lookup("#round-counter").tryQuery().isPresent());
                collect(setting + " " + lesson + " question", cut);
                String pick = lookup("#pick-first").tryQuery().isPresent() ? "#pick-first" : "#answer-fake";
                interact(() -> lookup(pick).queryButton().fire());
                waitFor(() -> lookup("#instant-verdict").tryQuery().isPresent());
                collect(setting + " " + lesson + " verdict", cut);
                rounds++;
            }
            if (lookup("#algorithm-next").tryQuery().isPresent()) {
                for (int step = 0; step < 4; step++) {
                    interact(() -> lookup("#walkthrough-next").queryButton().fire());
                    collect(setting + " " + lesson + " step " + (step + 2), cut);
                }
                interact(() -> lookup("#algorithm-next").queryButton().fire());
                collect(setting + " " + lesson + " algorithm", cut);
            }
        }
        assertTrue(rounds >= 3, "the walk played the course's three Fake-or-Real rounds, not " + rounds);
        return cut;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException slow) {
            throw new AssertionError("timed out", slow);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void collect(String where, List<String> cut) {
        WaitForAsyncUtils.waitForFxEvents();
        // cut off at the edge rather than with an ellipsis: the dock's content wider than the dock
        lookup("#training-dock").tryQuery().ifPresent(dock -> {
            // the whole content, padding included: the panel alone fitted while its column's edge was cut
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) dock;
            double room = scroll.getViewportBounds().getWidth();
            double content = scroll.getContent().getLayoutBounds().getWidth();
            if (content > room + 1) {
                cut.add(where + ": the dock's content is " + Math.round(content) + " px wide in a " + Math.round(room)
                        + " px dock, its right edge cut off");
            }
        });
        for (String text : Truncations.in(stage.getScene().getRoot())) {
            cut.add(where + ": " + text);
        }
    }

    /** The class window at 1024x768 and in French at 1280x800: every course check sent and revealed, nothing cut. */
    @Test
    void theClassWindowCutsNoQuestionNorButton() throws Exception {
        List<String> cut = new ArrayList<>();
        System.setProperty("ganclassroom.classHost", "127.0.0.1");
        try {
            for (String[] setting : new String[][] {{"en", "1024", "768"}, {"fr", "1280", "800"}}) {
                open(setting[0], 1024, 768);
                interact(() -> window.startClass());
                var classWindow = window.classWindow().orElseThrow();
                interact(() -> {
                    classWindow.stage().setWidth(Double.parseDouble(setting[1]));
                    classWindow.stage().setHeight(Double.parseDouble(setting[2]));
                });
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<String> checks = (javafx.scene.control.ComboBox<String>)
                        classWindow.stage().getScene().lookup("#class-check-choice");
                int count = checks.getItems().size();
                for (int i = 0; i < count; i++) {
                    int index = i;
                    interact(() -> {
                        checks.getSelectionModel().select(index);
                        ((javafx.scene.control.Button) classWindow.stage().getScene().lookup("#class-send")).fire();
                    });
                    waitFor(() -> classWindow.session().checkCount() == index + 1);
                    interact(() -> ((javafx.scene.control.Button) classWindow.stage().getScene().lookup("#class-reveal")).fire());
                    waitFor(() -> classWindow.session().tally(index + 1).revealed());
                    Thread.sleep(150); // the window redraws ten times a second
                    WaitForAsyncUtils.waitForFxEvents();
                    for (String text : Truncations.in(classWindow.stage().getScene().getRoot())) {
                        cut.add(setting[0] + " " + setting[1] + "x" + setting[2] + " check " + (index + 1) + ": " + text);
                    }
                }
                int courseChecks = new org.ganclassroom.lesson.CourseLoader()
                        .load(org.ganclassroom.lesson.LessonFiles.shippedLessons()).entries().stream()
                        .filter(org.ganclassroom.lesson.LessonEntry.Loaded.class::isInstance)
                        .mapToInt(e -> ((org.ganclassroom.lesson.LessonEntry.Loaded) e).lesson().checkItems().size()).sum();
                assertEquals(courseChecks, count, "every course check was sent");
                interact(() -> classWindow.stage().close());
            }
        } finally {
            System.clearProperty("ganclassroom.classHost");
        }
        System.err.println("CUT " + cut.size() + "\n" + String.join("\n", cut));
        assertTrue(cut.isEmpty(), cut.size() + " texts cut:\n" + String.join("\n", cut));
    }

    @Test
    void atTheProjectorsSizesNoTextIsCut() {
        List<String> cut = new ArrayList<>();
        open("en", 1024, 768);
        cut.addAll(walkTheCourse("en 1024x768"));
        open("fr", 1280, 800);
        cut.addAll(walkTheCourse("fr 1280x800"));
        System.err.println("CUT " + cut.size() + "\n" + String.join("\n", cut));
        assertTrue(cut.isEmpty(), cut.size() + " texts cut:\n" + String.join("\n", cut));
    }
}
