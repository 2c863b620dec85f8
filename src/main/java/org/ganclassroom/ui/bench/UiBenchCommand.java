package org.ganclassroom.ui.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ui-bench --seconds S}: how smooth the window stays while the classroom preset trains. This class
 * names no JavaFX type (picocli reflects over every subcommand at start-up, and the other subcommands must
 * not load JavaFX); {@link UiBench} does the work.
 */
@Command(name = "ui-bench", mixinStandardHelpOptions = true)
public final class UiBenchCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "60")
    private int seconds;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R")
    private int rounds;

    /** The window's training seed (the app's own is 1), so its quality can be measured over several seeds. */
    @Option(names = "--seed", defaultValue = "1")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR")
    private java.nio.file.Path out;

    @Override
    public Integer call() throws Exception {
        // ParameterException: the top-level handler prints it as a usage error (exit 2), no stack trace
        if (seconds < 5 || seconds > 3600) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--seconds must be between 5 and 3600");
        }
        if (rounds < 1 || rounds > 20) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be between 1 and 20");
        }
        java.util.Optional<String> noDisplay = org.ganclassroom.ui.Display.missing("ui-bench");
        if (noDisplay.isPresent()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), noDisplay.get());
        }
        return UiBench.run(seconds, rounds, seed, out);
    }
}
