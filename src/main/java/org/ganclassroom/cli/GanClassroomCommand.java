package org.ganclassroom.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganclassroom.AppVersion;
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
        subcommands = {CheckLessonsCommand.class})
public final class GanClassroomCommand implements Callable<Integer> {

    @Option(names = "--lessons", paramLabel = "DIR",
            description = "Folder of lesson files to open (default: the lessons shipped with the app).")
    private Path lessons;

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new GanClassroomCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    @Override
    public Integer call() {
        // The only path that touches JavaFX; subcommands never reach this class's body.
        org.ganclassroom.ui.DesktopApp.launch(LessonsFolder.locate(lessons));
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"GAN Classroom " + AppVersion.get()};
        }
    }
}
