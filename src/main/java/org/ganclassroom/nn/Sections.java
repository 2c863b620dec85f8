package org.ganclassroom.nn;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time of the work between the matrix products, by kind (patch gathering, BatchNorm, Adam, ...), for
 * {@code bench --profile}: the layer table mixes a layer's products with its copies, and a sampling profiler
 * does not see time spent waiting for the other training thread. Off (one volatile read) unless profiling.
 */
public final class Sections {

    private static volatile Map<String, LongAdder> nanos;
    private static volatile Map<String, LongAdder> calls;

    private Sections() {
    }

    /** Starts timing sections from now; earlier times are dropped. */
    public static void startProfiling() {
        calls = new ConcurrentSkipListMap<>();
        nanos = new ConcurrentSkipListMap<>();
    }

    /** A start time for {@link #end}, or 0 when not profiling. */
    static long start() {
        return nanos == null ? 0 : System.nanoTime();
    }

    /** Adds the time since {@code start} to the section {@code name} (nothing when not profiling). */
    static void end(String name, long start) {
        Map<String, LongAdder> sections = nanos;
        if (sections != null && start != 0) {
            sections.computeIfAbsent(name, key -> new LongAdder()).add(System.nanoTime() - start);
            calls.computeIfAbsent(name, key -> new LongAdder()).increment();
        }
    }

    /** Milliseconds per step of each section since {@link #startProfiling}, as Markdown. */
    public static String profileTable(int steps) {
        StringBuilder table = new StringBuilder("| work between products | ms/step | calls/step |\n|---|---|---|\n");
        Map<String, LongAdder> sections = nanos;
        if (sections != null) {
            sections.entrySet().stream()
                    .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                    .forEach(e -> table.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f |%n", e.getKey(),
                            e.getValue().sum() / 1e6 / steps, calls.get(e.getKey()).sum() / (double) steps)));
        }
        return table.toString();
    }
}
