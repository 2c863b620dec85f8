package org.ganclassroom.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The per-user folder where the app keeps settings and progress, following each platform's convention.
 * The system property {@code ganclassroom.home} overrides it (tests, portable installs); so does the data
 * folder chosen in the instructor settings.
 */
public final class UserDataFolder {

    public static final String OVERRIDE_PROPERTY = "ganclassroom.home";

    private UserDataFolder() {
    }

    public static Path locate() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        // An instructor may move student data (e.g. to a shared drive) in the settings pane; the pointer
        // stays in the platform folder so it is found at the next start.
        Path platform = platformDefault();
        return InstructorSettings.load(platform).dataFolderOverride().orElse(platform);
    }

    /** The platform's per-user data folder, ignoring any override. */
    public static Path platformDefault() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("GAN Classroom");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("GAN Classroom");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                .resolve("gan-classroom");
    }
}
