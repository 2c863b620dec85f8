package org.ganclassroom.lesson;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lessons of one folder, in file-name order, broken ones included so the navigator can show them, with
 * the folder's glossary and its paths through the course.
 */
public record Course(Path folder, List<LessonEntry> entries, Glossary glossary, CoursePaths paths) {

    public Course {
        entries = List.copyOf(entries);
    }

    public Course(Path folder, List<LessonEntry> entries) {
        this(folder, entries, Glossary.empty(), CoursePaths.none());
    }

    public Course(Path folder, List<LessonEntry> entries, Glossary glossary) {
        this(folder, entries, glossary, CoursePaths.none());
    }

    /** Every broken lesson's problems, then the glossary's, then the paths file's. */
    public List<LessonProblem> problems() {
        return java.util.stream.Stream.of(entries.stream()
                .filter(LessonEntry.Broken.class::isInstance)
                .flatMap(e -> ((LessonEntry.Broken) e).problems().stream()), glossary.problems().stream(),
                paths.problems().stream()).flatMap(s -> s).toList();
    }

    /**
     * The lessons on a path, in file-name order; a broken lesson is on every path (its place is unknown, and
     * its problems must show wherever the class goes). An id the course has no path for: every lesson.
     */
    public List<LessonEntry> onPath(String pathId) {
        if (pathId == null || paths.find(pathId).isEmpty()) {
            return entries;
        }
        return entries.stream().filter(e -> e instanceof LessonEntry.Broken || e.placement().isOn(pathId)).toList();
    }

    /** The lessons a path leaves out, in file-name order: the navigator's "More lessons". */
    public List<LessonEntry> offPath(String pathId) {
        List<LessonEntry> on = onPath(pathId);
        return entries.stream().filter(e -> !on.contains(e)).toList();
    }

    /**
     * The course in the order the navigator shows it along a path: the path's lessons, then the ones it leaves
     * out. The window's list, its position counter and the class window's checks all read this order.
     */
    public Course alongPath(String pathId) {
        List<LessonEntry> ordered = new java.util.ArrayList<>(onPath(pathId));
        ordered.addAll(offPath(pathId));
        return new Course(folder, ordered, glossary, paths);
    }

    /** The class time of a path's lessons, as they declare it. */
    public int minutesOn(String pathId) {
        return onPath(pathId).stream().mapToInt(e -> e.placement().minutes()).sum();
    }

    /** One line per path for check-lessons, exactly {@code path core: 8 lessons, 44 minutes}. */
    public List<String> pathLines() {
        return paths.all().stream().map(path -> "path " + path.id() + ": " + onPath(path.id()).size() + " lessons, "
                + minutesOn(path.id()) + " minutes").toList();
    }

    public Optional<Integer> indexOf(String lessonId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(lessonId)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * One line for instructors, e.g. {@code lessons: 9 (concept 6, true-false 1 with 12 questions,
     * fake-or-real 1, loss-walkthrough 1), true/false statements: 30, multiple-choice: 2, errors: 0}.
     */
    public String summary() {
        Map<LessonKind, Integer> perKind = new EnumMap<>(LessonKind.class);
        int trueFalseQuestions = 0;
        int statements = 0;
        int multipleChoice = 0;
        int broken = 0;
        for (LessonEntry entry : entries) {
            if (!(entry instanceof LessonEntry.Loaded loaded)) {
                broken++;
                continue;
            }
            Lesson lesson = loaded.lesson();
            perKind.merge(lesson.kind(), 1, Integer::sum);
            if (lesson instanceof Lesson.TrueFalse trueFalse) {
                trueFalseQuestions += trueFalse.questions().size();
            }
            for (CheckItem item : lesson.checkItems()) {
                if (item instanceof CheckItem.TrueFalse) {
                    statements++;
                } else {
                    multipleChoice++;
                }
            }
        }
        StringBuilder line = new StringBuilder("lessons: ").append(entries.size()).append(" (");
        for (LessonKind kind : LessonKind.values()) {
            line.append(kind.fileName()).append(' ').append(perKind.getOrDefault(kind, 0));
            if (kind == LessonKind.TRUE_FALSE) {
                line.append(" with ").append(trueFalseQuestions).append(" questions");
            }
            line.append(", ");
        }
        line.append("broken ").append(broken).append("), ");
        line.append("true/false statements: ").append(statements).append(", ");
        line.append("multiple-choice: ").append(multipleChoice).append(", ");
        line.append("glossary terms: ").append(glossary.entries().size()).append(", ");
        line.append("errors: ").append(problems().size());
        return line.toString();
    }
}
