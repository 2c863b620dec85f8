package org.ganclassroom.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.ganclassroom.ui.training.TestTraining;
import org.junit.jupiter.api.Test;

/**
 * Presenter mode, full screen, on the screen Monocle was started with: pom.xml runs this class twice, on a
 * 1024x768 and a 1280x800 screen (surefire executions projector-1024 and projector-1280), English on both and
 * French at 1280x800 too. Skipped by the main test run, whose 1600x1000 screen no classroom projector has.
 */
class NothingCutOnAProjectorTest extends NothingCutTest {

    @Override
    @Test
    void atTheProjectorsSizesNoTextIsCut() {
        presenter = true;
        Rectangle2D screen = Screen.getPrimary().getBounds();
        String size = (int) screen.getWidth() + "x" + (int) screen.getHeight();
        List<String> cut = new ArrayList<>();
        open("en", screen.getWidth(), screen.getHeight());
        cut.addAll(walkTheCourse("presenter en " + size));
        if (screen.getWidth() >= 1280) {
            open("fr", screen.getWidth(), screen.getHeight());
            cut.addAll(walkTheCourse("presenter fr " + size));
        }
        System.err.println("CUT " + cut.size() + "\n" + String.join("\n", cut));
        assertTrue(cut.isEmpty(), cut.size() + " texts cut:\n" + String.join("\n", cut));
    }

    /** Not again on each projector screen: the class window is a window of its own, walked once by the main run. */
    @Override
    void theClassWindowCutsNoQuestionNorButton() {
    }

    /** The figure: at 1024x768 18 px a digit before; 400 px for the grid's 7 rows, the loss curves under it. */
    @Test
    void theGridIs400PxTallWithTheLossCurvesUnderIt() throws Exception {
        presenter = true;
        training = TestTraining.codedSetup(); // the classroom grid's shape: 10 columns of 7 rows, not 8 x 8
        Rectangle2D screen = Screen.getPrimary().getBounds();
        open("en", screen.getWidth(), screen.getHeight());
        interact(() -> window.model().dockOpenProperty().set(true));
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.trainingPanel().trainer().isPresent());
        interact(() -> window.trainingPanel().step(org.ganclassroom.gan.GanModel.StepKind.BOTH));
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("#sample-grid").queryAs(javafx.scene.image.ImageView.class).getImage() != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node grid = lookup("#sample-grid").query();
        javafx.geometry.Bounds shown = grid.localToScene(grid.getBoundsInLocal());
        assertTrue(shown.getHeight() >= 400, "the grid is " + shown.getHeight() + " px tall on a " + screen);
        javafx.scene.Node loss = lookup("#loss-chart").query();
        javafx.geometry.Bounds curves = loss.localToScene(loss.getBoundsInLocal());
        assertTrue(curves.getMinY() >= shown.getMaxY() && curves.getMaxY() <= screen.getHeight(),
                "the loss curves under the grid, on screen: " + curves);
    }
}
