package org.ganclassroom.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ganclassroom.text.Messages;

/**
 * Loads every {@code *.yaml} / {@code *.yml} file of a lessons folder, ordered by file name. A broken file
 * becomes a {@link LessonEntry.Broken} entry; it never stops the other lessons from loading.
 */
public final class CourseLoader {

    /** The folder itself is missing or unreadable: nothing can be shown. */
    public static final class FolderException extends Exception {
        public FolderException(String message) {
            super(message);
        }
    }

    private final boolean typesetFormulas;

    /** Full validation, LaTeX formulas included: what {@code check-lessons} runs. */
    public CourseLoader() {
        this(true);
    }

    private CourseLoader(boolean typesetFormulas) {
        this.typesetFormulas = typesetFormulas;
    }

    /**
     * For the window: everything but the trial typesetting of formulas, whose first use costs ~0.4 s of
     * start-up (JLaTeXMath loads its fonts). A formula that does not typeset is still shown, as source,
     * with a pointer to check-lessons.
     */
    public static CourseLoader forDisplay() {
        return new CourseLoader(false);
    }

    public Course load(Path folder) throws FolderException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new FolderException(Messages.get("lesson.folder.missing", folder));
        }
        LessonAssets assets = new LessonAssets(dir);
        try (Stream<Path> files = Files.list(dir)) {
            List<LessonEntry> entries = files
                    .filter(CourseLoader::isLessonFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(file -> new LessonFileParser(file, assets, typesetFormulas).parse())
                    .toList();
            return new Course(dir, entries, assets.glossary(), assets.paths());
        } catch (IOException unreadable) {
            throw new FolderException(Messages.get("lesson.folder.unreadable", folder, unreadable.getMessage()));
        }
    }

    /** The course's glossary and paths sit beside the lessons but are not lessons (see {@link Glossary}, {@link CoursePaths}). */
    public static final String GLOSSARY_FILE = "glossary.yaml";

    static boolean isLessonFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && !name.startsWith(".") && !name.equals(GLOSSARY_FILE)
                && !name.equals(CoursePaths.FILE)
                && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
