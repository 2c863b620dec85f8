package org.ganclassroom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** This process's figures from Linux's /proc, for benchmarks: what it wrote, its peak memory. -1 elsewhere. */
final class ProcessFigures {

    private ProcessFigures() {
    }

    /** Bytes this process asked to write to files and sockets so far ({@code wchar} of /proc/self/io). */
    static long bytesWritten() {
        return field("/proc/self/io", "wchar:", 1);
    }

    /** The most resident memory this process has had, in MB ({@code VmHWM} of /proc/self/status). */
    static long peakRssMegabytes() {
        long kilobytes = field("/proc/self/status", "VmHWM:", 1);
        return kilobytes < 0 ? -1 : kilobytes / 1024;
    }

    private static long field(String file, String name, int index) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            for (String line : lines) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).strip().split("\\s+")[index - 1]);
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
        return -1;
    }
}
