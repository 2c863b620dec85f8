package org.ganclassroom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.CourseLoader;
import org.ganclassroom.lesson.LessonProblem;
import org.ganclassroom.lesson.LessonsFolder;
import org.ganclassroom.lesson.Translations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check-lessons [DIR]}: validates a lessons folder the way the app loads it. The problems are said in
 * the language of --lang; the summary lines ("lessons: ... errors: 0", "fr: translation drift: 0") keep their
 * English keys and plain numbers, because course authors' scripts and CI jobs grep them.
 */
@Command(name = "check-lessons", mixinStandardHelpOptions = true)
public final class CheckLessonsCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", descriptionKey = "dir")
    private Path dir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dir != null && dir.toString().isBlank()) { // "" is the working folder to Path, never what was meant
            throw new UsageException(org.ganclassroom.text.Messages.get("cli.lessons.emptyDir"));
        }
        Path folder = LessonsFolder.locate(dir);
        Course course;
        try {
            course = new CourseLoader().load(folder);
        } catch (CourseLoader.FolderException missing) {
            err.println("check-lessons: " + missing.getMessage());
            return 2;
        }
        if (course.entries().isEmpty()) { // "lessons: 0 ... errors: 0" and exit 0 read as a pass
            err.println("check-lessons: " + org.ganclassroom.text.Messages.get("cli.lessons.none", course.folder()));
            return 1;
        }
        boolean clean = report(out, course.problems(), course.summary());
        course.pathLines().forEach(out::println);
        // A translation is checked with its course: its own files, then where it drifts from the source.
        Path source = Translations.isTranslation(course.folder()) ? course.folder().getParent() : null;
        if (source != null) {
            clean &= driftReport(out, source, course);
        }
        for (String language : Translations.languages(course.folder())) {
            try {
                Course translation = new CourseLoader().load(course.folder().resolve(language));
                clean &= report(out, translation.problems(), language + ": " + translation.summary());
                translation.pathLines().forEach(line -> out.println(language + ": " + line));
                clean &= driftReport(out, course.folder(), translation);
            } catch (CourseLoader.FolderException unreadable) {
                err.println("check-lessons: " + unreadable.getMessage());
                clean = false;
            }
        }
        out.flush();
        return clean ? 0 : 1;
    }

    private static boolean report(PrintWriter out, java.util.List<LessonProblem> problems, String summary) {
        for (LessonProblem problem : problems) {
            out.println(displayPath(problem.file()) + ":" + problem.line() + ": " + problem.message());
        }
        out.println(summary);
        return problems.isEmpty();
    }

    private static boolean driftReport(PrintWriter out, Path source, Course translation) {
        try {
            java.util.List<LessonProblem> drift = Translations.drift(new CourseLoader().load(source), translation);
            for (LessonProblem problem : drift) {
                out.println(displayPath(problem.file()) + ":" + problem.line() + ": " + problem.message());
            }
            out.println(translation.folder().getFileName() + ": translation drift: " + drift.size());
            return drift.isEmpty();
        } catch (CourseLoader.FolderException unreadable) {
            out.println(org.ganclassroom.text.Messages.get("cli.lessons.cannotCompare", source, unreadable.getMessage()));
            return false;
        }
    }

    /** Paths relative to the working directory when they are inside it, as compilers print them. */
    private static String displayPath(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
    }
}
