package org.ganclassroom.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A formula too wide for its column is resampled to the width shown, not scaled down by the view. */
class FormulasTest extends ApplicationTest {

    private static final String VALUE_FUNCTION =
            "\\min_G \\max_D \\; \\mathbb{E}_x[\\log D(x)] + \\mathbb{E}_z[\\log(1 - D(G(z)))]";
    private VBox column;
    private Label formula;

    @Override
    public void start(Stage stage) {
        formula = (Label) Formulas.render(VALUE_FUNCTION, 20);
        column = new VBox(formula);
        column.setMaxWidth(300);
        stage.setScene(new Scene(new VBox(column), 900, 300));
        stage.show();
    }

    @Test
    void inANarrowColumnThePictureIsDrawnAtTheColumnsWidthAndFollowsItWhenItGrows() {
        WaitForAsyncUtils.waitForFxEvents();
        ImageView view = (ImageView) formula.getGraphic();
        assertEquals(0, view.getFitWidth(), "shown at its own pixels, not filtered down by the view");
        assertEquals(300, view.getImage().getWidth(), 1);

        interact(() -> column.setMaxWidth(400));
        WaitForAsyncUtils.waitForFxEvents();
                double wider = view.getImage().getWidth();
        assertTrue(wider > 300 && wider <= 400, "redrawn for the wider column, at most its natural width: " + wider);
        assertTrue(view.getImage().getHeight() > 10);
    }
}
