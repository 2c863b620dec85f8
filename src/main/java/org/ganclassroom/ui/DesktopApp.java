package org.ganclassroom.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX window; the only way into the UI from the command line. */
public final class DesktopApp {

    private DesktopApp() {
    }

    /** Blocks until the window is closed. */
    public static void launch(Path lessonsFolder, boolean presenter) {
        Application.launch(GanClassroomApplication.class, "--lessons=" + lessonsFolder.toAbsolutePath(),
                "--presenter=" + presenter);
    }
}
