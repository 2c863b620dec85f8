package org.ganclassroom.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CPU time per thread of this process, and of other processes by name, read from Linux's /proc. Native
 * threads are included (OpenBLAS's and OpenMP's workers, JavaFX's renderer), which a ThreadMXBean misses.
 * A native thread inherits the name of the thread that created it, so an OpenBLAS worker started from the
 * "training-io" thread is counted as "training-io": {@link #sample} keeps names as the kernel reports them,
 * cut to 15 characters ("C2 CompilerThre").
 *
 * <p>On systems without /proc, {@link #available()} is false and samples are empty.
 */
public final class ThreadCpu {

    /** Linux reports utime and stime in clock ticks of USER_HZ, 100 on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final Path PROC = Path.of("/proc");

    private ThreadCpu() {
    }

    public static boolean available() {
        return Files.isDirectory(PROC.resolve("self/task"));
    }

    /** CPU seconds used so far by each thread of this process, keyed by "name#tid". */
    public static Map<String, Double> sample() {
        Map<String, Double> seconds = new HashMap<>();
        if (!available()) {
            return seconds;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(PROC.resolve("self/task"))) {
            for (Path task : tasks) {
                readStat(task.resolve("stat")).ifPresent(stat ->
                        seconds.put(stat.name() + "#" + task.getFileName(), stat.cpuSeconds()));
            }
        } catch (IOException | RuntimeException gone) {
            // a thread may end while we read; what was read still counts
        }
        return seconds;
    }

    /** CPU seconds used so far by all processes with this command name (for example "Xvfb"). */
    public static double processSeconds(String command) {
        double total = 0;
        if (!available()) {
            return total;
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                Optional<Stat> stat = readStat(process.resolve("stat"));
                if (stat.isPresent() && stat.get().name().equals(command)) {
                    total += stat.get().cpuSeconds();
                }
            }
        } catch (IOException | RuntimeException gone) {
            // processes come and go while we list them
        }
        return total;
    }

    /**
     * CPU seconds between two samples, summed by thread name with trailing digits and separators removed
     * ("QuantumRenderer-0" and "nn-parallel" stay apart, "GC Thread#0" and "GC Thread#1" become "GC Thread").
     */
    public static Map<String, Double> byName(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> grouped = new TreeMap<>();
        after.forEach((key, seconds) -> {
            double used = seconds - before.getOrDefault(key, 0.0);
            if (used > 0) {
                grouped.merge(group(key.substring(0, key.lastIndexOf('#'))), used, Double::sum);
            }
        });
        return grouped;
    }

    static String group(String threadName) {
        String trimmed = threadName.replaceAll("[-#_ ]*[0-9]+$", "").strip();
        return trimmed.isEmpty() ? threadName : trimmed;
    }

    record Stat(String name, double cpuSeconds) {
    }

    /** /proc/.../stat: "tid (name) state ..." where name may contain spaces and parentheses. */
    static Optional<Stat> readStat(Path file) {
        try {
            return parseStat(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    static Optional<Stat> parseStat(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            return Optional.empty();
        }
        String[] fields = line.substring(close + 2).trim().split("\\s+");
        // after the name: state(0) ppid(1) ... utime(11) stime(12)
        if (fields.length < 13) {
            return Optional.empty();
        }
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return Optional.of(new Stat(line.substring(open + 1, close), ticks / TICKS_PER_SECOND));
    }
}
