package org.ganclassroom.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganclassroom.ui.shell.MainWindow;
import org.ganclassroom.ui.training.TestTraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

class CorruptProgressTest extends ApplicationTest {

    @TempDir
    Path userData;

    @Override
    public void start(Stage stage) throws Exception {
        Files.writeString(userData.resolve("progress.yaml"), "\u0000 this is not yaml: [");
        new MainWindow(stage, Path.of("lessons"), userData, TestTraining.setup()).show();
    }

    @Test
    void theStudentIsToldAndStartsClean() {
        String status = lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.contains("could not be read, so you start afresh"), status);
    }
}
