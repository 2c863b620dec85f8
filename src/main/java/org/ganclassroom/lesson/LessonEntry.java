package org.ganclassroom.lesson;

import java.nio.file.Path;
import java.util.List;

/** One lesson file of a course: loaded, or broken with the problems that stop it from loading. */
public sealed interface LessonEntry {

    Path file();

    String id();

    /** What the navigator shows. */
    String title();

    /** Where a loaded lesson sits in the course: its minutes and the paths it belongs to (see {@link CoursePaths}). */
    Placement placement();

    /**
     * @param minutes  the class time the lesson takes, checks included (0: not given)
     * @param paths    the ids of the course's paths the lesson is on
     * @param formerly the ids the lesson had before its file was renamed, whose progress becomes its own
     */
    record Placement(int minutes, List<String> paths, List<String> formerly) {
        public static final Placement NONE = new Placement(0, List.of(), List.of());

        public Placement {
            paths = List.copyOf(paths);
            formerly = List.copyOf(formerly);
        }

        public boolean isOn(String pathId) {
            return paths.contains(pathId);
        }
    }

    record Loaded(Lesson lesson, Placement placement) implements LessonEntry {
        public Loaded(Lesson lesson) {
            this(lesson, Placement.NONE);
        }

        @Override
        public Path file() {
            return lesson.file();
        }

        @Override
        public String id() {
            return lesson.id();
        }

        @Override
        public String title() {
            return lesson.title();
        }
    }

    /** A file that could not be loaded; {@code title} is the file's title if it had a readable one. */
    record Broken(Path file, String id, String title, List<LessonProblem> problems) implements LessonEntry {
        public Broken {
            problems = List.copyOf(problems);
        }

        /** Unknown: a broken lesson shows on every path, so its problems are seen wherever the class goes. */
        @Override
        public Placement placement() {
            return Placement.NONE;
        }
    }
}
