package org.ganclassroom.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The empty chart's words wrap to the plot instead of being squeezed onto one line. */
class MetricPlotTextTest extends ApplicationTest {

    private static final String WORDS = "The curves appear as training runs.";

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 10, 10)); // the toolkit measures text once it runs
    }

    @Test
    void aNarrowPlotGetsTheWordsOnSeveralLinesEachWithinItsWidth() {
        Font font = Font.font(15);
        double room = width("The curves appear", font) + 1;
        List<String> rows = MetricPlot.wrapped(WORDS, font, room);
        assertEquals(List.of("The curves appear", "as training runs."), rows);
        rows.forEach(row -> assertTrue(width(row, font) <= room, row));
    }

    @Test
    void aWidePlotKeepsOneLineAndAWordWiderThanThePlotKeepsItsOwnLine() {
        Font font = Font.font(15);
        assertEquals(List.of(WORDS), MetricPlot.wrapped(WORDS, font, 1000));
        assertEquals(List.of("The", "curves", "appear", "as", "training", "runs."), MetricPlot.wrapped(WORDS, font, 5));
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
