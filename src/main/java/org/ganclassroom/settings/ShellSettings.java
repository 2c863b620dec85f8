package org.ganclassroom.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.ganclassroom.storage.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the shell remembers per user between runs: the last lesson, the window placement and whether the
 * training dock was open. (Ticks and scores are the student's progress: see quiz/ProgressStore.) Stored as a small properties
 * file in the user's data folder; an unreadable or oversized file is set aside as {@code shell.properties.broken-<time>}
 * and defaults are used, never a crash.
 */
public final class ShellSettings {

    private static final Logger LOG = LoggerFactory.getLogger(ShellSettings.class);
    private static final String FILE_NAME = "shell.properties";
    /** The file holds a handful of lines; a larger one is not ours. */
    private static final long MAX_BYTES = 64 * 1024;
    /** Larger than any screen a class uses; 1e9 or NaN from an edited file gave a blank window. */
    private static final double MAX_SIDE = 20_000;

    private final Path file;
    private final Properties values;

    private ShellSettings(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    public static ShellSettings load(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        Properties values = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                if (Files.size(file) > MAX_BYTES) {
                    throw new IOException("it is larger than any settings file this app writes");
                }
                values.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                values.clear();
                try {
                    Path aside = AtomicFiles.setAside(file);
                    LOG.warn("Could not read {} ({}); kept it as {} and started with default settings", file,
                            unreadable.getMessage(), aside);
                } catch (IOException cannotMove) {
                    LOG.warn("Could not read {} ({}); starting with default settings", file, unreadable.getMessage());
                }
            }
        }
        return new ShellSettings(file, values);
    }

    public Optional<String> lastLesson() {
        return Optional.ofNullable(values.getProperty("lastLesson")).filter(s -> !s.isBlank());
    }

    public void setLastLesson(String lessonId) {
        values.setProperty("lastLesson", lessonId);
    }

    public WindowPlacement windowPlacement() {
        try {
            double width = Double.parseDouble(values.getProperty("window.width", ""));
            double height = Double.parseDouble(values.getProperty("window.height", ""));
            double x = Double.parseDouble(values.getProperty("window.x", "NaN"));
            double y = Double.parseDouble(values.getProperty("window.y", "NaN"));
            boolean maximized = Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
            if (!(width >= 200 && width <= MAX_SIDE) || !(height >= 150 && height <= MAX_SIDE)) {
                return WindowPlacement.DEFAULT;
            }
            boolean placed = Double.isFinite(x) && Double.isFinite(y) && Math.abs(x) <= MAX_SIDE && Math.abs(y) <= MAX_SIDE;
            return new WindowPlacement(placed ? x : Double.NaN, placed ? y : Double.NaN, width, height, maximized);
        } catch (NumberFormatException missing) {
            return WindowPlacement.DEFAULT;
        }
    }

    public void setWindowPlacement(WindowPlacement placement) {
        values.setProperty("window.x", Double.toString(placement.x()));
        values.setProperty("window.y", Double.toString(placement.y()));
        values.setProperty("window.width", Double.toString(placement.width()));
        values.setProperty("window.height", Double.toString(placement.height()));
        values.setProperty("window.maximized", Boolean.toString(placement.maximized()));
    }

    public boolean trainingDockOpen() {
        return Boolean.parseBoolean(values.getProperty("trainingDockOpen", "true"));
    }

    public void setTrainingDockOpen(boolean open) {
        values.setProperty("trainingDockOpen", Boolean.toString(open));
    }

    /** Saves atomically; a failure is logged and the app carries on (settings are a convenience). */
    public void save() {
        try {
            StringWriter text = new StringWriter();
            values.store(text, "GAN Classroom shell settings");
            AtomicFiles.writeString(file, text.toString());
        } catch (IOException unwritable) {
            LOG.warn("Could not save settings to {}: {}", file, unwritable.getMessage());
        }
    }
}
