package org.ganclassroom.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.ganclassroom.storage.AtomicFiles;

/**
 * What an instructor sets once per machine: where student data lives, the dataset and preset the
 * training panel starts with, how many threads training may use, and the size of everything on screen.
 * Stored as {@code instructor.properties}; an unreadable file falls back to the defaults.
 *
 * @param dataFolder      where settings and progress live; null means the platform's per-user folder
 * @param trainingThreads 0 lets the native libraries choose (one per core)
 * @param uiScale         1.0 = normal type size; presenter mode scales its own larger size by it too
 * @param coursePath      the path through the course the navigator shows (lessons/paths.yaml: core, class,
 *                        full); a course without that path shows every lesson
 */
public record InstructorSettings(Path dataFolder, String defaultDataset, String defaultPreset, int trainingThreads,
                                 double uiScale, String language, String coursePath) {

    public static final String FILE_NAME = "instructor.properties";
    public static final List<Double> UI_SCALES = List.of(1.0, 1.25, 1.5, 1.75, 2.0);
    public static final InstructorSettings DEFAULTS = new InstructorSettings(null, "mnist", "classroom", 0, 1.0);
    /** The lessons' language follows the computer's (a translation if the course has one, else English). */
    public static final String AUTOMATIC = "auto";
    /** The path a class sees until the instructor picks one: the whole course, as before paths existed. */
    public static final String FULL_COURSE = "full";

    public InstructorSettings(Path dataFolder, String defaultDataset, String defaultPreset, int trainingThreads,
                              double uiScale) {
        this(dataFolder, defaultDataset, defaultPreset, trainingThreads, uiScale, AUTOMATIC);
    }

    public InstructorSettings(Path dataFolder, String defaultDataset, String defaultPreset, int trainingThreads,
                              double uiScale, String language) {
        this(dataFolder, defaultDataset, defaultPreset, trainingThreads, uiScale, language, FULL_COURSE);
    }

    public InstructorSettings {
        language = language == null || !language.matches("auto|[a-z]{2}") ? AUTOMATIC : language;
        coursePath = coursePath == null || !coursePath.matches("[a-z0-9][a-z0-9-]{0,31}") ? FULL_COURSE : coursePath;
        if (trainingThreads < 0 || trainingThreads > 256) {
            throw new IllegalArgumentException("training threads must be between 0 (automatic) and 256");
        }
        if (!(uiScale >= 0.5 && uiScale <= 3)) { // NaN from an edited file is refused too
            throw new IllegalArgumentException("UI scale must be between 50% and 300%");
        }
    }

    /** The same settings on another path through the course. */
    public InstructorSettings withCoursePath(String path) {
        return new InstructorSettings(dataFolder, defaultDataset, defaultPreset, trainingThreads, uiScale, language, path);
    }

    /** The language code to show the lessons in: the chosen one, or the computer's when automatic. */
    public String effectiveLanguage() {
        return AUTOMATIC.equals(language) ? Locale.getDefault().getLanguage() : language;
    }

    public Optional<Path> dataFolderOverride() {
        return Optional.ofNullable(dataFolder);
    }

    public static InstructorSettings load(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > 64 * 1024) {
                return DEFAULTS; // a handful of lines when this app writes it
            }
            p.load(in);
            String data = p.getProperty("dataFolder", "").strip();
            return new InstructorSettings(data.isEmpty() ? null : Path.of(data),
                    p.getProperty("defaultDataset", DEFAULTS.defaultDataset()),
                    p.getProperty("defaultPreset", DEFAULTS.defaultPreset()),
                    Integer.parseInt(p.getProperty("trainingThreads", "0").strip()),
                    Double.parseDouble(p.getProperty("uiScale", "1.0").strip()),
                    p.getProperty("language", AUTOMATIC).strip(),
                    p.getProperty("coursePath", FULL_COURSE).strip());
        } catch (IOException | IllegalArgumentException unreadable) {
            return DEFAULTS;
        }
    }

    public void save(Path folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("dataFolder", dataFolder == null ? "" : dataFolder.toString());
        p.setProperty("defaultDataset", defaultDataset);
        p.setProperty("defaultPreset", defaultPreset);
        p.setProperty("trainingThreads", Integer.toString(trainingThreads));
        p.setProperty("uiScale", String.format(Locale.ROOT, "%.2f", uiScale));
        p.setProperty("language", language);
        p.setProperty("coursePath", coursePath);
        StringWriter text = new StringWriter();
        p.store(text, "GAN Classroom instructor settings");
        AtomicFiles.writeString(folder.resolve(FILE_NAME), text.toString());
    }
}
