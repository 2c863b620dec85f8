package org.ganclassroom.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.ganclassroom.settings.UserDataFolder;
import org.ganclassroom.ui.shell.MainWindow;
import org.ganclassroom.dock.DockSetup;

/** The JavaFX application; started by {@link DesktopApp}, never as a main class (see Launcher). */
public final class GanClassroomApplication extends Application {

    @Override
    public void start(Stage stage) {
        Path lessons = Path.of(getParameters().getNamed().getOrDefault("lessons", "lessons"));
        Path userData = UserDataFolder.locate();
        MainWindow window = new MainWindow(stage, lessons, userData,
                DockSetup.standard(org.ganclassroom.settings.InstructorSettings.load(userData)));
        window.show();
        // --presenter: for the projector laptop, straight into presenter mode.
        window.model().presenterProperty().set(Boolean.parseBoolean(getParameters().getNamed().get("presenter")));
    }
}
