package org.ganclassroom.lesson;

import java.nio.file.Path;
import java.util.List;

/** One lesson file of a course: loaded, or broken with the problems that stop it from loading. */
public sealed interface LessonEntry {

    Path file();

    String id();

    /** What the navigator shows. */
    String title();

    record Loaded(Lesson lesson) implements LessonEntry {
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
    }
}
