package org.ganclassroom.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** A lab's plot is on screen at once: beside the reading when there is room, else above it. */
class SideBySideTest extends ApplicationTest {

    private static final double EM = 15;
    private final Label reading = new Label("A picture of a digit is one point in a space of 784 numbers. ".repeat(8));
    private final Region activity = new Region();
    private SideBySide layout;
    private StackPane host;

    @Override
    public void start(Stage stage) {
        reading.setWrapText(true);
        activity.setPrefSize(400, 380);
        layout = new SideBySide(reading, activity, () -> EM);
        host = new StackPane(layout);
        stage.setScene(new Scene(host, 1200, 800));
        stage.show();
    }

    @Test
    void aWidePageShowsTheActivityBesideTheReadingAtTheTop() {
        resize(1000);
        assertTrue(layout.sideBySideAt(1000));
        assertEquals(0, activity.getLayoutY());
        assertEquals(1000 - 400, activity.getLayoutX(), 0.5);
        assertEquals(0, reading.getLayoutY());
        assertEquals(1000 - 400 - SideBySide.GAP_EM * EM, reading.getWidth(), 0.5);
    }

    @Test
    void aNarrowPageStacksTheActivityFirstSoThePlotIsNotBelowTheEdge() {
        double narrow = 400 + (SideBySide.GAP_EM + SideBySide.READING_MIN_EM) * EM - 1;
        resize(narrow);
        assertFalse(layout.sideBySideAt(narrow));
        assertEquals(0, activity.getLayoutY());
        assertEquals(0, activity.getLayoutX());
        assertTrue(reading.getLayoutY() >= 380, "reading starts below the activity: " + reading.getLayoutY());
        assertEquals(narrow, reading.getWidth(), 0.5);
    }

    private void resize(double width) {
        interact(() -> {
            layout.setMaxWidth(width);
            layout.setPrefWidth(width);
            host.layout();
        });
    }
}
