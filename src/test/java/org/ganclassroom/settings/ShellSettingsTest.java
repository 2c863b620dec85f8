package org.ganclassroom.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellSettingsTest {

    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestart() {
        ShellSettings settings = ShellSettings.load(dir);
        settings.setLastLesson("04-the-discriminator");
        settings.setWindowPlacement(new WindowPlacement(10, 20, 1024, 700, true));
        settings.setTrainingDockOpen(false);
        settings.save();

        ShellSettings reloaded = ShellSettings.load(dir);
        assertEquals(Optional.of("04-the-discriminator"), reloaded.lastLesson());
        assertEquals(new WindowPlacement(10, 20, 1024, 700, true), reloaded.windowPlacement());
        assertFalse(reloaded.trainingDockOpen());
    }

    @Test
    void firstRunHasDefaults() {
        ShellSettings settings = ShellSettings.load(dir);
        assertEquals(Optional.empty(), settings.lastLesson());
        assertEquals(WindowPlacement.DEFAULT, settings.windowPlacement());
        assertTrue(settings.trainingDockOpen());
    }

    @Test
    void garbledFileFallsBackToDefaults() throws Exception {
        Files.writeString(dir.resolve("shell.properties"), "window.width=wide\nwindow.height=\\uZZZZ\n");
        ShellSettings settings = ShellSettings.load(dir);
        assertEquals(WindowPlacement.DEFAULT, settings.windowPlacement());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("shell.properties.broken-")),
                    "the unreadable file is set aside, not silently overwritten");
        }
    }

    @Test
    void absurdWindowSizesFallBackToTheDefaultPlacement() throws Exception {
        for (String width : new String[] {"1e9", "NaN", "Infinity", "-800"}) {
            Files.writeString(dir.resolve("shell.properties"), "window.width=" + width + "\nwindow.height=700\n");
            assertEquals(WindowPlacement.DEFAULT, ShellSettings.load(dir).windowPlacement(), width);
        }
        Files.writeString(dir.resolve("shell.properties"),
                "window.width=900\nwindow.height=700\nwindow.x=1e300\nwindow.y=5\n");
        assertFalse(ShellSettings.load(dir).windowPlacement().hasPosition(), "an absurd position is centred instead");
    }
}
