package org.ganclassroom.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.ganclassroom.ui.training.TestTraining;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A right-to-left language (here pseudo-RTL: --lang ar, which has no Arabic course, so English words in a
 * mirrored window) mirrors the shell: the navigator on the right, the dock on the left; pictures and plots
 * are not mirrored.
 */
class RightToLeftTest extends ApplicationTest {

    @TempDir
    Path userData;

    private MainWindow window;

    /** Its threads and timers end before the test's folder is deleted (a late progress write failed a cleanup). */
    @AfterEach
    void releaseTheWindow() {
        if (window != null) {
            interact(() -> window.release());
        }
    }

    @Override
    public void start(Stage stage) {
        System.setProperty("ganclassroom.lang", "ar");
        window = new MainWindow(stage, Path.of("lessons"), userData, TestTraining.setup());
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @AfterEach
    void back() {
        System.clearProperty("ganclassroom.lang");
    }

    private double left(String query) {
        Node node = lookup(query).query();
        return node.localToScreen(node.getBoundsInLocal()).getMinX();
    }

    @Test
    void theShellMirrorsButPicturesAndPlotsDoNot() {
        Node navigator = lookup("#lesson-navigator").query();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, navigator.getEffectiveNodeOrientation());
        assertTrue(left("#lesson-navigator") > left(".lesson-host"), "the navigator is on the right");
        assertTrue(left(".lesson-host") > left("#sample-grid"), "the dock is on the left");
        assertEquals(NodeOrientation.LEFT_TO_RIGHT,
                lookup("#sample-grid").query().getEffectiveNodeOrientation(), "the digits are not mirrored");
        var plots = lookup(n -> n instanceof javafx.scene.canvas.Canvas).queryAll();
        assertTrue(!plots.isEmpty() && plots.stream().allMatch(c -> c.getEffectiveNodeOrientation()
                == NodeOrientation.LEFT_TO_RIGHT), "the dock's plots are not mirrored");
        assertTrue(lookup("#next-lesson").queryAs(javafx.scene.control.Button.class).getText().startsWith("Next"),
                "Next stays a word");
        assertTrue(lookup("#next-lesson").queryAs(javafx.scene.control.Button.class).getText().endsWith("◀"),
                "and points the way the mirrored window goes");
        lookup(".image-view").queryAll().forEach(image -> assertEquals(NodeOrientation.LEFT_TO_RIGHT,
                image.getEffectiveNodeOrientation(), "every picture keeps its sides: " + image));
    }
}
