package org.ganclassroom.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ganclassroom.text.Messages;

/**
 * Translations of a course: a subfolder named by its two-letter language code ({@code lessons/fr/}) with
 * one file per lesson, named as in the course. A translation shares the course's images unless it has its
 * own ({@link LessonAssets}), and {@link #drift} lists where it no longer matches the course (a lesson
 * missing, another number of checks, another answer), which {@code check-lessons} reports.
 */
public final class Translations {

    private Translations() {
    }

    /** A folder named by a language code whose parent is a course (holds lesson files). */
    public static boolean isTranslation(Path folder) {
        Path name = folder.getFileName();
        Path parent = folder.getParent();
        return name != null && parent != null && name.toString().matches("[a-z]{2}") && hasLessons(parent);
    }

    /** The course a lessons folder belongs to: a translation's parent, else the folder itself. */
    public static Path courseOf(Path folder) {
        Path given = folder.toAbsolutePath().normalize();
        return isTranslation(given) ? given.getParent() : given;
    }

    /** The language a lessons folder is written in: a translation's code, else English (the course's own). */
    public static String languageOf(Path folder) {
        return isTranslation(folder) ? folder.getFileName().toString() : "en";
    }

    /** The languages a course has been translated into, e.g. [fr]. */
    public static List<String> languages(Path course) {
        if (!Files.isDirectory(course)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(course)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().matches("[a-z]{2}") && hasLessons(dir))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    /**
     * The folder to show for a language: the translation if the course has one, else the course itself
     * (English, the language it is written in).
     */
    public static Path folderFor(Path course, String language) {
        String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return languages(course).contains(code) ? course.resolve(code) : course;
    }

    /** Where {@code translation} does not match {@code source}: one problem per difference, in the translation's files. */
    public static List<LessonProblem> drift(Course source, Course translation) {
        List<LessonProblem> problems = new ArrayList<>();
        Map<String, LessonEntry> translated = byId(translation);
        Map<String, LessonEntry> original = byId(source);
        for (LessonEntry entry : source.entries()) {
            if (!translated.containsKey(entry.id())) {
                List<String> paths = entry.placement().paths();
                problems.add(new LessonProblem(translation.folder().resolve(entry.file().getFileName()), 1,
                        paths.isEmpty() ? Messages.get("lesson.drift.missing", entry.file().getFileName())
                                : Messages.get("lesson.drift.missingOnPaths", entry.file().getFileName(),
                                        String.join(", ", paths))));
            }
        }
        for (LessonEntry entry : translation.entries()) {
            LessonEntry twin = original.get(entry.id());
            if (twin == null) {
                problems.add(new LessonProblem(entry.file(), 1, Messages.get("lesson.drift.noSuchLesson", entry.id())));
            } else if (entry instanceof LessonEntry.Loaded mine && twin instanceof LessonEntry.Loaded theirs) {
                compare(theirs.lesson(), mine.lesson()).or(() -> compare(theirs.placement(), mine.placement())).ifPresent(problem -> problems.add(
                        new LessonProblem(entry.file(), 1, Messages.get("lesson.drift.lesson", twin.file().getFileName(), problem))));
            }
        }
        int terms = source.glossary().entries().size();
        int translatedTerms = translation.glossary().entries().size();
        if (terms != translatedTerms && source.glossary().problems().isEmpty() && translation.glossary().problems().isEmpty()) {
            problems.add(new LessonProblem(translation.folder().resolve(CourseLoader.GLOSSARY_FILE), 1,
                    Messages.get("lesson.drift.glossary", translatedTerms, terms)));
        }
        List<String> pathIds = source.paths().ids();
        List<String> translatedPathIds = translation.paths().ids();
        if (!pathIds.equals(translatedPathIds) && source.paths().problems().isEmpty()
                && translation.paths().problems().isEmpty()) {
            problems.add(new LessonProblem(translation.folder().resolve(CoursePaths.FILE), 1, Messages.get(
                    "lesson.drift.paths", String.join(", ", translatedPathIds), String.join(", ", pathIds))));
        }
        return problems;
    }

    /** A translated lesson takes the same class time on the same paths: a path must add up alike in every language. */
    private static Optional<String> compare(LessonEntry.Placement source, LessonEntry.Placement translation) {
        if (source.minutes() == translation.minutes() && source.paths().equals(translation.paths())) {
            return Optional.empty();
        }
        return Optional.of(Messages.get("lesson.drift.placement", translation.minutes(),
                String.join(", ", translation.paths()), source.minutes(), String.join(", ", source.paths())));
    }

    private static Optional<String> compare(Lesson source, Lesson translation) {
        if (source.kind() != translation.kind()) {
            return Optional.of(Messages.get("lesson.drift.kind", translation.kind().fileName(), source.kind().fileName()));
        }
        List<CheckItem> a = source.checkItems();
        List<CheckItem> b = translation.checkItems();
        if (a.size() != b.size()) {
            return Optional.of(Messages.get("lesson.drift.checkCount", b.size(), a.size()));
        }
        for (int i = 0; i < a.size(); i++) {
            int number = i + 1;
            if (a.get(i) instanceof CheckItem.TrueFalse sourceItem) {
                if (!(b.get(i) instanceof CheckItem.TrueFalse item)) {
                    return Optional.of(Messages.get("lesson.drift.multipleChoiceHere", number));
                }
                if (item.answer() != sourceItem.answer()) {
                    return Optional.of(Messages.get("lesson.drift.answer", number, item.answer(), sourceItem.answer()));
                }
            } else {
                CheckItem.MultipleChoice sourceItem = (CheckItem.MultipleChoice) a.get(i);
                if (!(b.get(i) instanceof CheckItem.MultipleChoice item)) {
                    return Optional.of(Messages.get("lesson.drift.trueFalseHere", number));
                }
                if (item.choices().size() != sourceItem.choices().size()
                        || item.correctIndex() != sourceItem.correctIndex()) {
                    return Optional.of(Messages.get("lesson.drift.rightChoice", number, item.correctIndex() + 1,
                            item.choices().size(), sourceItem.correctIndex() + 1, sourceItem.choices().size()));
                }
            }
        }
        if (source instanceof Lesson.LossWalkthrough sourceWalk && translation instanceof Lesson.LossWalkthrough walk
                && (walk.steps().size() != sourceWalk.steps().size()
                        || walk.algorithm().size() != sourceWalk.algorithm().size())) {
            return Optional.of(Messages.get("lesson.drift.walkthrough", walk.steps().size(), walk.algorithm().size(),
                    sourceWalk.steps().size(), sourceWalk.algorithm().size()));
        }
        return Optional.empty();
    }

    private static Map<String, LessonEntry> byId(Course course) {
        return course.entries().stream().collect(Collectors.toMap(LessonEntry::id, Function.identity(), (x, y) -> x));
    }

    private static boolean hasLessons(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(f) && (name.endsWith(".yaml") || name.endsWith(".yml"));
            });
        } catch (IOException unreadable) {
            return false;
        }
    }
}
