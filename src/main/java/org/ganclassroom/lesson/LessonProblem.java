package org.ganclassroom.lesson;

import java.nio.file.Path;

/** Something wrong in a lesson file, in the form editors and compilers use: {@code FILE:LINE: message}. */
public record LessonProblem(Path file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
