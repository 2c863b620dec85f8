package org.ganclassroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ganclassroom.Launcher;
import org.ganclassroom.lesson.LessonFiles;
import org.junit.jupiter.api.Test;

/**
 * A subcommand must run on machines without a display or JavaFX natives (CI, a teacher's server), so it
 * may not load a single JavaFX class. Proven in a fresh JVM with class loading traced.
 */
class CommandLineWithoutJavaFxTest {

    @Test
    void checkLessonsLoadsNoJavaFxClass() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "check-lessons", LessonFiles.shippedLessons().toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("errors: 0"), output);
        assertTrue(output.contains("org.ganclassroom.cli.CheckLessonsCommand"), "class loading was traced");
        assertFalse(output.contains("javafx."), "a JavaFX class was loaded by check-lessons");
    }
}
