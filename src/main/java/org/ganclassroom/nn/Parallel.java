package org.ganclassroom.nn;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits the memory-bound loops (patch copying, BatchNorm, activations) across the training threads, as
 * OpenBLAS does for the matrix products: on a 2-core laptop a single-threaded loop leaves half the machine
 * idle between GEMMs. Chunk 0 runs on the calling thread; the others on a small daemon pool.
 */
final class Parallel {

    interface RangeBody {
        void run(int from, int to);
    }

    /** Below this many items per chunk, handing work to another thread costs more than it saves. */
    private static final int MIN_CHUNK = 64;
    private static volatile int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static ExecutorService pool;

    private Parallel() {
    }

    static synchronized void setThreads(int count) {
        threads = Math.max(1, count);
    }

    static void range(int count, RangeBody body) {
        split(count, Math.min(threads, Math.max(1, count / MIN_CHUNK)), body);
    }

    /** Like {@link #range} for items that are already large blocks of work: splits from two blocks up. */
    static void rangeOfBlocks(int blocks, RangeBody body) {
        split(blocks, Math.min(threads, blocks), body);
    }

    private static void split(int count, int chunks, RangeBody body) {
        if (chunks <= 1) {
            body.run(0, count);
            return;
        }
        ExecutorService helpers = helpers();
        @SuppressWarnings("unchecked")
        Future<?>[] pending = new Future<?>[chunks - 1];
        for (int c = 1; c < chunks; c++) {
            int from = (int) ((long) count * c / chunks);
            int to = (int) ((long) count * (c + 1) / chunks);
            pending[c - 1] = helpers.submit(() -> body.run(from, to));
        }
        body.run(0, (int) ((long) count / chunks));
        waitFor(pending);
    }

    /**
     * Waits for every chunk even when interrupted: abandoning a layer half computed would leave its
     * buffers inconsistent while the other chunks still write into them. The interrupt is kept for the
     * caller (the trainer checks it between steps).
     */
    private static void waitFor(Future<?>[] pending) {
        boolean interrupted = false;
        try {
            for (Future<?> f : pending) {
                while (true) {
                    try {
                        f.get();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (java.util.concurrent.ExecutionException failed) {
                        Throwable cause = failed.getCause();
                        if (cause instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        if (cause instanceof Error error) {
                            throw error;
                        }
                        throw new IllegalStateException(cause);
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static synchronized ExecutorService helpers() {
        if (pool == null) {
            pool = Executors.newCachedThreadPool(task -> {
                Thread t = new Thread(task, "nn-parallel");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }
}
