package org.ganclassroom.perf;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the window's code (JavaFX) and the judge's Java side (DL4J, ND4J) at HotSpot's quick C1
 * compiler, so the optimising C2 compiler's thread works for training only. With the window open, C2
 * went on compiling JavaFX's layout, CSS and rendering code for minutes (a method called ten times a
 * second takes that long to look hot) and took 0.10-0.12 of a core, 5-6% of a 2-core laptop, from the
 * training threads; with this directive, 0.05 (ui-bench, docs/performance.md). The JavaFX thread's own
 * CPU and the pulse gaps did not change measurably: that code is not where the frame time goes.
 *
 * <p>Added at run time through HotSpot's DiagnosticCommand MBean (what {@code jcmd Compiler.directives_add}
 * calls), so every way of starting the app gets it, {@code java -jar} included; the jlink'd runtime of
 * the installers must hold the jdk.management module that registers the MBean. A JVM without it (not
 * HotSpot) just keeps its own policy.
 */
public final class WindowJit {

    private static final Logger LOG = LoggerFactory.getLogger(WindowJit.class);

    /** JSON5, the directive format of JEP 165: C2 excluded, so these methods stay at C1. */
    static final String DIRECTIVE = "[ { match: [\"javafx/*.*\", \"com/sun/javafx/*.*\", \"com/sun/scenario/*.*\", "
            + "\"org/nd4j/*.*\", \"org/deeplearning4j/*.*\"], c2: { Exclude: true } } ]";

    private WindowJit() {
    }

    /** Adds the directive; the reason when it could not be added (the app runs on either way). */
    public static Optional<String> keepWindowCodeOffC2() {
        Path file = null;
        try {
            file = Files.createTempFile("gan-classroom-jit", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            String said = String.valueOf(answer).strip();
            if (!said.contains("added")) {
                return Optional.of(said);
            }
            LOG.debug("JIT: {}", said);
            return Optional.empty();
        } catch (Exception | LinkageError unavailable) {
            LOG.info("JIT directive not added ({}); training shares the optimising compiler with the window",
                    unavailable.toString());
            return Optional.of(unavailable.toString());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file); // the JVM has read it
                } catch (java.io.IOException ignored) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }
}
