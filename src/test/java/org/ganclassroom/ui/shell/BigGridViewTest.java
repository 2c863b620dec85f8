package org.ganclassroom.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.lesson.LessonFiles;
import org.ganclassroom.ui.training.TestTraining;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The big-grid view: G or a click on the dock's grid fills the window with the live grid and the step counter. */
class BigGridViewTest extends ApplicationTest {

    @TempDir
    Path temp;

    private MainWindow window;

    /** Its threads and timers end before the test's folder is deleted (a late progress write failed a cleanup). */
    @AfterEach
    void releaseTheWindow() {
        if (window != null) {
            interact(() -> window.release());
        }
    }
    private Stage stage;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        Path lessons = Files.createDirectories(temp.resolve("lessons"));
        LessonFiles.write(lessons, "01-intro.yaml", LessonFiles.GOOD_CONCEPT);
        window = new MainWindow(stage, lessons, Files.createDirectories(temp.resolve("user")), TestTraining.setup());
        window.show();
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    @Test
    void gAndAClickOpenAndCloseTheBigGridWhichFollowsTheTraining() throws Exception {
        waitUntil(() -> window.trainingPanel().trainer().isPresent());
        GanTrainer trainer = window.trainingPanel().trainer().orElseThrow();
        type(KeyCode.S); // one step: a grid to show
        waitUntil(() -> lookup("#sample-grid").queryAs(ImageView.class).getImage() != null);

        type(KeyCode.G);
        Node big = lookup("#big-grid").query();
        Bounds picture = lookup("#big-grid-picture").query().getBoundsInParent();
        double sceneHeight = stage.getScene().getHeight();
        assertTrue(picture.getHeight() >= 0.7 * sceneHeight, "the grid fills the window: " + picture.getHeight()
                + " px of " + sceneHeight);
        assertTrue(lookup("#big-grid-step").queryAs(Label.class).getText().contains("1"),
                lookup("#big-grid-step").queryAs(Label.class).getText());

        type(KeyCode.SPACE); // the class watches it learn: Space still starts and pauses
        waitUntil(() -> trainer.state() == GanTrainer.State.RUNNING);
        waitUntil(() -> trainer.latest().step() > 3);
        String step = Long.toString(trainer.latest().step());
        waitUntil(() -> lookup("#big-grid-step").queryAs(Label.class).getText().contains(step.substring(0, 1)));
        type(KeyCode.SPACE);
        waitUntil(() -> trainer.state() == GanTrainer.State.PAUSED);

        type(KeyCode.G);
        assertTrue(lookup("#big-grid").tryQuery().isEmpty(), "G again goes back");
        assertTrue(big.getScene() == null);

        clickOn("#sample-grid");
        assertTrue(lookup("#big-grid").tryQuery().isPresent(), "a click on the dock's grid opens it");
        clickOn("#big-grid");
        assertTrue(lookup("#big-grid").tryQuery().isEmpty(), "a click on it goes back");
        assertEquals(GanTrainer.State.PAUSED, trainer.state());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
