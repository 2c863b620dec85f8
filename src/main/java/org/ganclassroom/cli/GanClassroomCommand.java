package org.ganclassroom.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganclassroom.AppVersion;
import org.ganclassroom.data.DatasetException;
import org.ganclassroom.gan.CheckpointException;
import org.ganclassroom.lesson.LessonsFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: no subcommand opens the window. */
@Command(name = "gan-classroom",
        mixinStandardHelpOptions = true,
        versionProvider = GanClassroomCommand.Version.class,
        description = "Teach Generative Adversarial Networks: lessons, quizzes and a live DCGAN.%n"
                + "Without a command, opens the GAN Classroom window.",
        subcommands = {CheckLessonsCommand.class, TrainCommand.class, SampleCommand.class, BenchCommand.class,
            TrainJudgeCommand.class, EvaluateCommand.class, ClassCommand.class, ClassBenchCommand.class,
            org.ganclassroom.ui.bench.UiBenchCommand.class})
public final class GanClassroomCommand implements Callable<Integer> {

    @Option(names = "--lessons", paramLabel = "DIR",
            description = "Folder of lesson files to open (default: the lessons shipped with the app).")
    private Path lessons;

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Language of the lessons, e.g. fr or en (default: the instructor settings' choice, else"
                    + " this computer's language; English where the course has no translation).")
    private String language;

    @Option(names = "--presenter", description = "Start in presenter mode: full screen, large type, high contrast.")
    private boolean presenter;

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new GanClassroomCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // A problem the user can fix (a missing dataset, a damaged checkpoint) is one line, not a stack trace.
        commandLine.setExecutionExceptionHandler((error, command, parseResult) -> {
            if (error instanceof CommandLine.ParameterException || error instanceof UsageException) {
                // Option values checked while running (an unknown preset, a negative count): a usage error.
                command.getErr().println(command.getCommandName() + ": " + error.getMessage());
                command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
                command.getErr().flush();
                return 2;
            }
            if (error instanceof DatasetException || error instanceof CheckpointException
                    || error instanceof java.io.IOException || error instanceof java.io.UncheckedIOException) {
                command.getErr().println(command.getCommandName() + ": " + ErrorText.of(error));
                command.getErr().flush();
                return 1;
            }
            // A bug or the machine running out of something: still one sentence; the trace on request.
            command.getErr().println(command.getCommandName() + ": " + ErrorText.unexpected(error));
            if (System.getenv("GANCLASSROOM_DEBUG") != null) {
                error.printStackTrace(new java.io.PrintWriter(command.getErr(), true));
            }
            command.getErr().flush();
            return 70;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        // The only path that touches JavaFX; subcommands never reach this class's body.
        if (language != null) {
            String code = language.strip().toLowerCase(java.util.Locale.ROOT);
            if (!code.matches("[a-z]{2}")) {
                throw new UsageException("--lang takes a two-letter language code such as fr or en, not '" + language + "'");
            }
            System.setProperty("ganclassroom.lang", code); // read by the window (MainWindow)
        }
        org.ganclassroom.ui.Display.missing("gan-classroom").ifPresent(problem -> {
            throw new UsageException(problem);
        });
        org.ganclassroom.ui.DesktopApp.launch(LessonsFolder.locate(lessons), presenter);
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"GAN Classroom " + AppVersion.get()};
        }
    }
}
