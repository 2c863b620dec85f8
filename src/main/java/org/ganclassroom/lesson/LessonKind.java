package org.ganclassroom.lesson;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of lesson file; {@link #fileName()} is what an instructor writes after {@code kind:}. */
public enum LessonKind {
    CONCEPT("concept"),
    TRUE_FALSE("true-false"),
    FAKE_OR_REAL("fake-or-real"),
    LOSS_WALKTHROUGH("loss-walkthrough"),
    LATENT_LAB("latent-lab"),
    DISTRIBUTION_LAB("distribution-lab"),
    COPY_CHECK("copy-check");

    private final String fileName;

    LessonKind(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Whether the class works on the lesson's own pane (a lab, a quiz, a round, the walkthrough's steps)
     * rather than reading a page: on a projector such a lesson needs the whole width.
     */
    public boolean isActivity() {
        return this != CONCEPT;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<LessonKind> fromFileName(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
    }

    public static String allFileNames() {
        return Arrays.stream(values()).map(LessonKind::fileName).collect(Collectors.joining(", "));
    }
}
