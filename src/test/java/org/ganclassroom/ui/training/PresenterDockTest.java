package org.ganclassroom.ui.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganclassroom.gan.GanModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dock on a projector, in presenter mode's stylesheets and type: at 1024x768 (the dock 594 x 714 px, 18.5 px
 * type) one column with a grid about half the screen tall and the loss curves under it, both on screen without
 * scrolling; on a 1920 screen the grid and the curves side by side; chart ticks of 20 px or more at 1080 lines.
 */
class PresenterDockTest extends ApplicationTest {

    private TrainingDock dock;
    private Scene scene;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        dock = new TrainingDock(TestTraining.setup());
        scene = new Scene(dock, 594, 714);
        scene.getStylesheets().addAll(css("base.css"), css("presenter.css"));
        dock.setStyle("-fx-font-size: 18.5px;"); // TypeSize at 768 lines
        dock.panel().presenterProperty().set(true);
        stage.setScene(scene);
        stage.show();
        dock.panel().startEngine();
    }

    private static String css(String name) {
        return TrainingPanel.class.getResource("/org/ganclassroom/ui/" + name).toExternalForm();
    }

    @AfterEach
    void close() {
        dock.panel().close();
    }

    @Test
    void aSmallProjectorShowsALargeGridWithTheLossCurvesUnderIt() throws Exception {
        waitUntil(() -> dock.panel().trainer().isPresent());
        interact(() -> dock.panel().step(GanModel.StepKind.BOTH));
        waitUntil(() -> lookup("#sample-grid").queryAs(javafx.scene.image.ImageView.class).getImage() != null);
        assertTrue(lookup("#presenter-stage").tryQuery().isEmpty(), "one column under 860 px");
        Bounds grid = inScene(lookup("#sample-grid").query());
        assertTrue(grid.getHeight() >= 0.5 * scene.getHeight(),
                "the grid is about half the screen tall: " + grid.getHeight() + " px of " + scene.getHeight());
        Node loss = lookup(".training-chart").query();
        Bounds curves = inScene(loss);
        assertTrue(curves.getMinY() >= grid.getMaxY(), "the loss curves are under the grid");
        assertTrue(curves.getMaxY() <= scene.getHeight(), "and on screen without scrolling: " + curves);
        assertFalse(lookup(".dock-heading").query().isVisible(), "the heading steps aside on the projector");
    }

    @Test
    void aWideProjectorSetsTheGridBesideTheCurvesWithTicksOf20Px() throws Exception {
        interact(() -> {
            stage.setWidth(960);
            stage.setHeight(1000);
            dock.setStyle("-fx-font-size: 26px;"); // TypeSize at 1080 lines
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> lookup("#presenter-stage").tryQuery().isPresent());
        for (Node text : lookup(".plot-text").queryAll()) {
            double px = ((Label) text).getFont().getSize();
            assertTrue(px >= 20, "chart ticks and axis words at " + px + " px");
        }
        for (Node axis : lookup("#judge-histogram .axis").queryAll()) { // the judge's bars, a JavaFX chart
            double px = ((javafx.scene.chart.Axis<?>) axis).getTickLabelFont().getSize();
            assertTrue(px >= 20, "the judge's ticks at " + px + " px");
        }
        for (Node word : lookup("#judge-histogram .axis-label").queryAll()) {
            double px = ((Label) word).getFont().getSize();
            assertTrue(px >= 20, "the judge's axis word at " + px + " px");
        }
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
