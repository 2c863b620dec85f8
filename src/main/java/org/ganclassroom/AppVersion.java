package org.ganclassroom;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into {@code version.properties} at build time. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
