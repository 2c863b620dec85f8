package org.ganclassroom.ui;

import java.util.Locale;

/**
 * The window needs a graphical desktop. Without one, JavaFX fails deep inside its start-up with an
 * UnsupportedOperationException ("Unable to open DISPLAY") and a stack trace; this says it in a sentence
 * first. Tests run the window on Monocle's headless platform, which needs no display.
 */
public final class Display {

    private Display() {
    }

    /** Why the window cannot open here, or empty when it can (as far as can be told before trying). */
    public static java.util.Optional<String> missing(String command) {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        boolean monocle = "monocle".equals(System.getProperty("glass.platform"));
        if (linux && !monocle && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
            return java.util.Optional.of(org.ganclassroom.text.Messages.get("display.none", command));
        }
        return java.util.Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
