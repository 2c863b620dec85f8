package org.ganclassroom.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.ganclassroom.storage.ImageFiles;

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

    public sealed interface Resolution {
        record Found(Path file) implements Resolution {
        }

        record Refused(String reason) implements Resolution {
        }
    }

    /**
     * Resolves in the lessons folder; for a translation, an image it does not have itself comes from the
     * course it translates (lessons/fr's {@code images/x.png} is lessons/images/x.png), so a translation
     * carries only the pictures whose words it translates.
     */
    public Resolution resolveImage(String reference) {
        Resolution own = resolveIn(lessonsDir, reference);
        if (sharedDir != null && own instanceof Resolution.Refused refused && refused.reason().contains("was not found")) {
            Resolution shared = resolveIn(sharedDir, reference);
            return shared instanceof Resolution.Found ? shared : own;
        }
        return own;
    }

    private static Resolution resolveIn(Path lessonsDir, String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            return new Resolution.Refused("an image needs a file name");
        }
        if (ref.contains("://") || ref.startsWith("//") || ref.startsWith("data:")) {
            return new Resolution.Refused("image '" + ref + "' is a web address; the app works offline, so copy"
                    + " the image into the lessons folder (e.g. images/) and name it by its path there");
        }
        Path relative;
        try {
            relative = Path.of(ref);
        } catch (InvalidPathException badName) {
            return new Resolution.Refused("image '" + ref + "' is not a valid file name");
        }
        if (relative.isAbsolute() || ref.startsWith("/") || ref.startsWith("\\") || relative.getRoot() != null) {
            return new Resolution.Refused("image '" + ref + "' must be a path inside the lessons folder,"
                    + " such as images/forger.png, not an absolute path");
        }
        Path resolved = lessonsDir.resolve(relative).normalize();
        if (!resolved.startsWith(lessonsDir)) {
            return new Resolution.Refused("image '" + ref + "' points outside the lessons folder; copy it into"
                    + " the lessons folder and name it by its path there");
        }
        String extension = extensionOf(resolved);
        if (!IMAGE_EXTENSIONS.contains(extension)) {
            return new Resolution.Refused("image '" + ref + "' must be a PNG, JPEG or GIF file");
        }
        if (!Files.isRegularFile(resolved)) {
            return new Resolution.Refused("image '" + ref + "' was not found in the lessons folder");
        }
        try {
            if (!resolved.toRealPath().startsWith(lessonsDir.toRealPath())) {
                return new Resolution.Refused("image '" + ref + "' is a link to a file outside the lessons folder");
            }
        } catch (IOException unreadable) {
            return new Resolution.Refused("image '" + ref + "' cannot be read: " + unreadable.getMessage());
        }
        try {
            ImageFiles.size(resolved); // the header only: a 20000x20000 picture would stop the window opening
        } catch (IOException unusable) {
            return new Resolution.Refused("image '" + ref + "': " + unusable.getMessage());
        }
        return new Resolution.Found(resolved);
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
