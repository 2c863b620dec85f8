package org.ganclassroom.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganclassroom.settings.InstructorSettings;
import org.ganclassroom.ui.training.TestTraining;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A path through the shipped course, as the window shows it: the path's lessons with their minutes and the
 * total above the list, the others under "More lessons", and the toolbar counting along the path; --path
 * chooses it at the start and Settings changes it, staying on the lesson on screen.
 */
class CoursePathWindowTest extends ApplicationTest {

    @TempDir
    Path userData;

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        System.setProperty("ganclassroom.path", "core");
        window = new MainWindow(stage, Path.of("lessons"), userData, TestTraining.setup());
        window.show();
    }

    @AfterEach
    void release() {
        System.clearProperty("ganclassroom.path");
        if (window != null) {
            interact(() -> window.release());
        }
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theCoreComesFirstWithItsMinutesAndSettingsSwitchesToTheNinetyMinuteClass() {
        assertEquals("The 45-minute core", text("#path-title"));
        assertEquals("8 lessons  ·  44\u00a0min", text("#path-time"));
        assertEquals("1 / 8", text("#lesson-position"));
        assertEquals(8, window.model().pathLengthProperty().get());
        assertEquals(22, window.model().lessons().size(), "the other lessons stay in the navigator");
        assertTrue(window.model().lessons().get(0).id().startsWith("00-"));
        assertEquals("13-walk-the-latent-space", window.model().lessons().get(7).id(), "the core's last lesson");

        interact(() -> window.model().select(8)); // the first lesson the core leaves out
        assertEquals("1 / 14 more", text("#lesson-position"));
        String onScreen = window.model().current().orElseThrow().id();

        interact(() -> window.applySettings(InstructorSettings.DEFAULTS.withCoursePath("class")));
        assertEquals("A 90-minute class", text("#path-title"));
        assertEquals("13 lessons  ·  90\u00a0min", text("#path-time"));
        assertEquals(onScreen, window.model().current().orElseThrow().id(), "the lesson on screen stays");
        assertEquals("class", InstructorSettings.load(userData).coursePath(), "saved for the next start");
    }

    @Test
    void theClassWindowListsThePathsChecksFirst() {
        System.setProperty("ganclassroom.classHost", "127.0.0.1"); // loopback only, as every test
        try {
            interact(() -> window.startClass());
            var classWindow = window.classWindow().orElseThrow();
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<String> checks = (javafx.scene.control.ComboBox<String>)
                    classWindow.stage().getScene().lookup("#class-check-choice");
            int latentLab = position(checks, firstPrompt("13-walk-the-latent-space"));
            int history = position(checks, firstPrompt("07-the-road-since-2014"));
            assertTrue(latentLab >= 0 && history >= 0, checks.getItems().toString());
            assertTrue(latentLab < history, "the core's lesson 13 before lesson 07, which the core leaves out");
        } finally {
            System.clearProperty("ganclassroom.classHost");
        }
    }

    private String firstPrompt(String lessonId) {
        return window.model().lessons().stream().filter(e -> e.id().equals(lessonId))
                .map(e -> ((org.ganclassroom.lesson.LessonEntry.Loaded) e).lesson().checkItems().get(0).prompt())
                .findFirst().orElseThrow();
    }

    private static int position(javafx.scene.control.ComboBox<String> checks, String prompt) {
        for (int i = 0; i < checks.getItems().size(); i++) {
            if (checks.getItems().get(i).endsWith(". " + prompt)) {
                return i;
            }
        }
        return -1;
    }
}
