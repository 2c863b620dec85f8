package org.ganclassroom.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganclassroom.dock.DockSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstructorSettingsTest {

    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestart() throws Exception {
        InstructorSettings chosen = new InstructorSettings(dir.resolve("shared"), "fashion", "reference", 2, 1.5);
        chosen.save(dir);
        assertEquals(chosen, InstructorSettings.load(dir));
    }

    @Test
    void missingOrGarbledFileGivesTheDefaults() throws Exception {
        assertEquals(InstructorSettings.DEFAULTS, InstructorSettings.load(dir));
        Files.writeString(dir.resolve(InstructorSettings.FILE_NAME), "trainingThreads=many\n");
        assertEquals(InstructorSettings.DEFAULTS, InstructorSettings.load(dir));
    }

    @Test
    void impossibleValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InstructorSettings(null, "mnist", "classroom", -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new InstructorSettings(null, "mnist", "classroom", 0, 9));
        assertThrows(IllegalArgumentException.class,
                () -> new InstructorSettings(null, "mnist", "classroom", 0, Double.NaN));
    }

    @Test
    void anEditedScaleThatIsNotANumberGivesTheDefaults() throws Exception {
        Files.writeString(dir.resolve(InstructorSettings.FILE_NAME), "uiScale=NaN\n");
        assertEquals(InstructorSettings.DEFAULTS, InstructorSettings.load(dir));
    }

    @Test
    void theTrainingPanelStartsWithTheInstructorsDefaults() {
        DockSetup setup = DockSetup.standard(new InstructorSettings(null, "fashion", "reference", 1, 1));
        assertEquals(List.of("reference", "classroom", "conditional"), setup.presets().stream().map(p -> p.name()).toList());
        assertEquals("fashion", setup.defaultDataset());
        assertEquals(1, setup.threads());
    }
}
