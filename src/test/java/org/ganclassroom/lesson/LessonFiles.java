package org.ganclassroom.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes lesson files into a temporary folder for tests. */
public final class LessonFiles {

    public static final String GOOD_CONCEPT = """
            kind: concept
            title: What is a GAN?
            body: |
              Two networks play a **game**.
            check:
              - statement: A GAN consists of two neural networks.
                answer: true
                explain: A generator and a discriminator.
            """;

    private LessonFiles() {
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    /** The course shipped in the repository's lessons/ folder (tests run from the project root). */
    public static Path shippedLessons() {
        return Path.of("lessons").toAbsolutePath();
    }
}
