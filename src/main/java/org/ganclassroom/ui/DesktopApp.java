package org.ganclassroom.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX window; the only way into the UI from the command line. */
public final class DesktopApp {

    private DesktopApp() {
    }

    /**
     * Blocks until the window is closed.
     *
     * <p>AWT is put in headless mode first. The window is all JavaFX; AWT only draws off-screen (formula
     * images, PNG and GIF encoding on background threads). Without headless mode, the first such use
     * starts AWT's own X11/GTK toolkit beside JavaFX's, and two toolkits calling GTK from different
     * threads can lock each other up: exporting a GIF while training ran froze the whole window twice.
     */
    public static void launch(Path lessonsFolder, boolean presenter) {
        System.setProperty("java.awt.headless", "true");
        org.ganclassroom.perf.WindowJit.keepWindowCodeOffC2(); // C2 stays for training (see WindowJit)
        Application.launch(GanClassroomApplication.class, "--lessons=" + lessonsFolder.toAbsolutePath(),
                "--presenter=" + presenter);
    }
}
