package org.ganclassroom.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.ganclassroom.storage.ImageFiles;
import org.ganclassroom.text.Messages;

/**
 * Resolves an image named in a lesson to a file inside the lessons folder. An asset may not escape that
 * folder (by "..", an absolute path or a symbolic link): a lesson shared between classrooms must not read
 * arbitrary files, and the app is offline, so web addresses are refused too.
 */
public final class LessonAssets {

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif");

    private final Path lessonsDir;
    /** For a translation (lessons/fr): the course it translates, whose images it shares; else null. */
    private final Path sharedDir;

    public LessonAssets(Path lessonsDir) {
        this.lessonsDir = lessonsDir.toAbsolutePath().normalize();
        this.sharedDir = Translations.isTranslation(this.lessonsDir) ? this.lessonsDir.getParent() : null;
    }

    public Path folder() {
        return lessonsDir;
    }

    private Glossary glossary;

    /** The folder's glossary, read once (an empty one when the folder has none); the words pages underline. */
    public synchronized Glossary glossary() {
        if (glossary == null) {
            glossary = Glossary.load(lessonsDir);
        }
        return glossary;
    }

    private CoursePaths paths;

    /** The folder's paths through the course, read once (none when the folder has no paths file). */
    public synchronized CoursePaths paths() {
        if (paths == null) {
            paths = CoursePaths.load(lessonsDir);
        }
        return paths;
    }

    public sealed interface Resolution {
        record Found(Path file) implements Resolution {
        }

        /** {@code notFound}: the name is acceptable but no such file exists (a translation then looks in its course). */
        record Refused(String reason, boolean notFound) implements Resolution {
            public Refused(String reason) {
                this(reason, false);
            }
        }
    }

    /**
     * Resolves in the lessons folder; for a translation, an image it does not have itself comes from the
     * course it translates (lessons/fr's {@code images/x.png} is lessons/images/x.png), so a translation
     * carries only the pictures whose words it translates.
     */
    public Resolution resolveImage(String reference) {
        Resolution own = resolveIn(lessonsDir, reference);
        if (sharedDir != null && own instanceof Resolution.Refused refused && refused.notFound()) {
            Resolution shared = resolveIn(sharedDir, reference);
            return shared instanceof Resolution.Found ? shared : own;
        }
        return own;
    }

    private static Resolution resolveIn(Path lessonsDir, String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            return new Resolution.Refused(Messages.get("lesson.image.noName"));
        }
        if (ref.contains("://") || ref.startsWith("//") || ref.startsWith("data:")) {
            return new Resolution.Refused(Messages.get("lesson.image.webAddress", ref));
        }
        Path relative;
        try {
            relative = Path.of(ref);
        } catch (InvalidPathException badName) {
            return new Resolution.Refused(Messages.get("lesson.image.invalidName", ref));
        }
        if (relative.isAbsolute() || ref.startsWith("/") || ref.startsWith("\\") || relative.getRoot() != null) {
            return new Resolution.Refused(Messages.get("lesson.image.absolute", ref));
        }
        Path resolved = lessonsDir.resolve(relative).normalize();
        if (!resolved.startsWith(lessonsDir)) {
            return new Resolution.Refused(Messages.get("lesson.image.outside", ref));
        }
        String extension = extensionOf(resolved);
        if (!IMAGE_EXTENSIONS.contains(extension)) {
            return new Resolution.Refused(Messages.get("lesson.image.notAnImage", ref));
        }
        if (!Files.isRegularFile(resolved)) {
            return new Resolution.Refused(Messages.get("lesson.image.notFound", ref), true);
        }
        try {
            if (!resolved.toRealPath().startsWith(lessonsDir.toRealPath())) {
                return new Resolution.Refused(Messages.get("lesson.image.linkOutside", ref));
            }
        } catch (IOException unreadable) {
            return new Resolution.Refused(Messages.get("lesson.image.unreadable", unreadable.getMessage(), ref));
        }
        try {
            ImageFiles.size(resolved); // the header only: a 20000x20000 picture would stop the window opening
        } catch (IOException unusable) {
            return new Resolution.Refused(Messages.get("lesson.image.unusable", unusable.getMessage(), ref));
        }
        return new Resolution.Found(resolved);
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
