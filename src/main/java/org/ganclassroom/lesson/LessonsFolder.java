package org.ganclassroom.lesson;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the course lives when the user names no folder: {@code lessons/} beside the application jar (the
 * packaged app and installers), else {@code lessons/} in the working directory (running from a checkout).
 */
public final class LessonsFolder {

    private LessonsFolder() {
    }

    public static Path locate(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        return besideApplication().orElse(Path.of("lessons"));
    }

    private static Optional<Path> besideApplication() {
        try {
            var source = LessonsFolder.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            Path candidate = location.getParent() == null ? null : location.getParent().resolve("lessons");
            return Optional.ofNullable(candidate).filter(Files::isDirectory)
                    .filter(p -> Files.isRegularFile(location)); // only a jar sits beside its lessons
        } catch (URISyntaxException | SecurityException | IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
