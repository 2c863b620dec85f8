package org.ganclassroom.ui.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganclassroom.lesson.LessonAssets;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A diagram squeezed into a narrow column opens full size on a click, and closes again with Esc. */
class PictureZoomTest extends ApplicationTest {

    private MarkdownView lesson;

    @Override
    public void start(Stage stage) {
        // the shipped GAN diagram, 960 px wide, in a 400 px column of a 1000 px window, as on a 1024x768 screen beside the dock
        lesson = new MarkdownView("![A GAN](images/gan-diagram.png)", new LessonAssets(Path.of("lessons")));
        lesson.setMaxWidth(400);
        stage.setScene(new Scene(new StackPane(lesson), 1000, 700));
        stage.show();
    }

    @Test
    void aShrunkDiagramOpensLargerOnAClickAndClosesWithEsc() {
        ImageView shown = lookup(".md-image").queryAs(ImageView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(PictureZoom.shrunk(shown), "shown at " + shown.getFitWidth());

        clickOn(shown);
        ImageView large = lookup("#picture-zoom-image").queryAs(ImageView.class);
        assertTrue(large.getFitWidth() > shown.getFitWidth(), large.getFitWidth() + " vs " + shown.getFitWidth());
        assertEquals(2, openWindows());

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, openWindows());
    }

    @Test
    void theEnlargedWidthFitsTheWindowAndNeverBlowsAPictureUpBeyondOneAndAHalf() {
        assertEquals(984, PictureZoom.enlargedWidth(960, 1024));
        assertEquals(1440, PictureZoom.enlargedWidth(960, 1920));
        assertFalse(PictureZoom.enlargedWidth(960, 10) < 1);
    }

    private static long openWindows() {
        List<Window> windows = Window.getWindows();
        return windows.stream().filter(Window::isShowing).count();
    }

}
