package org.ganclassroom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.CourseLoader;
import org.ganclassroom.lesson.LessonProblem;
import org.ganclassroom.lesson.LessonsFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check-lessons [DIR]}: validates a lessons folder the way the app loads it. */
@Command(name = "check-lessons", mixinStandardHelpOptions = true,
        description = {"Check every lesson file in a folder and list the problems as FILE:LINE: message.",
                "Exit code 0 when all lessons load, 1 when any has a problem, 2 when the folder is missing."})
public final class CheckLessonsCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Lessons folder (default: the app's own).")
    private Path dir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = LessonsFolder.locate(dir);
        Course course;
        try {
            course = new CourseLoader().load(folder);
        } catch (CourseLoader.FolderException missing) {
            err.println("check-lessons: " + missing.getMessage());
            return 2;
        }
        for (LessonProblem problem : course.problems()) {
            out.println(displayPath(problem.file()) + ":" + problem.line() + ": " + problem.message());
        }
        out.println(course.summary());
        out.flush();
        return course.problems().isEmpty() ? 0 : 1;
    }

    /** Paths relative to the working directory when they are inside it, as compilers print them. */
    private static String displayPath(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
    }
}
