package org.ganclassroom.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganclassroom.AppVersion;
import org.ganclassroom.data.DatasetException;
import org.ganclassroom.gan.CheckpointException;
import org.ganclassroom.lesson.LessonsFolder;
import org.ganclassroom.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level command: no subcommand opens the window. Every command's help text is in
 * {@code org/ganclassroom/cli/help.properties} (English) and its translations ({@code help_fr.properties}),
 * keyed by picocli's rules: {@code gan-classroom.train.usage.description}, {@code gan-classroom.train.dataset}
 * (the option's longest name without dashes), ...; {@code CliHelpTest} keeps the bundles' keys equal.
 */
@Command(name = "gan-classroom",
        resourceBundle = GanClassroomCommand.HELP,
        mixinStandardHelpOptions = true,
        versionProvider = GanClassroomCommand.Version.class,
        subcommands = {CheckLessonsCommand.class, TrainCommand.class, SampleCommand.class, BenchCommand.class,
            TrainJudgeCommand.class, EvaluateCommand.class, ClassCommand.class, ClassBenchCommand.class,
            org.ganclassroom.ui.bench.UiBenchCommand.class})
public final class GanClassroomCommand implements Callable<Integer> {

    /** The help texts' bundle, shared by every subcommand. */
    static final String HELP = "org.ganclassroom.cli.help";

    @Option(names = "--lessons", paramLabel = "DIR")
    private Path lessons;

    @Option(names = "--lang", paramLabel = "CODE")
    private String language;

    @Option(names = "--path", paramLabel = "ID")
    private String coursePath;

    @Option(names = "--presenter")
    private boolean presenter;

    /** The code given with --lang before the subcommand, as typed; null without one (class follows Settings then). */
    String languageOption() {
        return language;
    }

    /** The command line in English (help and output), whatever this computer's language. */
    public static CommandLine commandLine() {
        return commandLine("en");
    }

    /**
     * The command line to run {@code args} with: its help and what its commands say in the language of a
     * {@code --lang} among them, else in English. picocli reads the help texts while it builds the command
     * line, before it parses {@code --lang}, so the arguments are looked at first.
     */
    public static CommandLine commandLine(String[] args) {
        return commandLine(language(args));
    }

    private static CommandLine commandLine(String language) {
        CommandLine commandLine = new CommandLine(new GanClassroomCommand());
        // The command line speaks English unless --lang says otherwise, whatever this computer's locale (picocli
        // would load the annotation's bundle in that): the help and every command's sentences (Messages).
        Messages.use(language);
        commandLine.setResourceBundle(Messages.bundle(HELP, language));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // A problem the user can fix (a missing dataset, a damaged checkpoint) is one line, not a stack trace.
        commandLine.setExecutionExceptionHandler((error, command, parseResult) -> {
            if (error instanceof CommandLine.ParameterException || error instanceof UsageException) {
                // Option values checked while running (an unknown preset, a negative count): a usage error.
                command.getErr().println(command.getCommandName() + ": " + error.getMessage());
                command.getErr().println(Messages.get("cli.tryHelp", command.getCommandSpec().qualifiedName()));
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

    /**
     * The language of the command line for these arguments: the code after {@code --lang} (or in {@code --lang=fr})
     * where picocli takes it, before the subcommand's name; English without one or for a malformed one
     * (which {@link #call()} reports). A language without a translation gets English from the bundle.
     */
    static String language(String... args) {
        String code = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--lang") && i + 1 < args.length) {
                code = args[++i];
            } else if (arg.startsWith("--lang=")) {
                code = arg.substring("--lang=".length());
            } else if (arg.equals("--lessons") || arg.equals("--path")) {
                i++; // its value, which may be any word
            } else if (arg.equals("--") || !arg.startsWith("-")) {
                break; // a subcommand: the top-level options end here
            }
        }
        if (code == null) {
            return "en";
        }
        code = code.strip().toLowerCase(Locale.ROOT);
        return code.matches("[a-z]{2}") ? code : "en";
    }

    @Override
    public Integer call() {
        // The only path that touches JavaFX; subcommands never reach this class's body.
        if (language != null) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (!code.matches("[a-z]{2}")) {
                throw new UsageException(Messages.get("cli.badLanguage", language));
            }
            System.setProperty("ganclassroom.lang", code); // read by the window (MainWindow)
        }
        Path folder = LessonsFolder.locate(lessons);
        if (coursePath != null) {
            System.setProperty("ganclassroom.path", checkedPath(folder, coursePath.strip())); // read by MainWindow
        }
        org.ganclassroom.ui.Display.missing("gan-classroom").ifPresent(problem -> {
            throw new UsageException(problem);
        });
        org.ganclassroom.ui.DesktopApp.launch(folder, presenter);
        return 0;
    }

    /** A path the course defines (paths.yaml), else a usage error naming the ones it has. */
    static String checkedPath(Path lessonsFolder, String id) {
        Path course = org.ganclassroom.lesson.Translations.courseOf(lessonsFolder);
        org.ganclassroom.lesson.CoursePaths paths = org.ganclassroom.lesson.CoursePaths.load(course);
        if (paths.isEmpty()) {
            throw new UsageException(Messages.get("cli.noPaths", course));
        }
        if (paths.find(id).isEmpty()) {
            throw new UsageException(Messages.get("cli.unknownPath", id, String.join(", ", paths.ids())));
        }
        return id;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"GAN Classroom " + AppVersion.get()};
        }
    }
}
