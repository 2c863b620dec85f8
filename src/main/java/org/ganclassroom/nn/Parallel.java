package org.ganclassroom.nn;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits the engine's work (the loops between GEMMs, and the GEMMs themselves, see {@link Blas}) across the
 * training threads.
 *
 * <p>Why an adaptive split: a work item is cut into several chunks (more than there are threads), and every
 * thread, the caller included, takes the next unclaimed chunk until none is left. On a 2-core laptop that
 * also draws the window, one core is often busy for a few milliseconds with the UI, the X server or the JIT.
 * A fixed split into halves (what OpenBLAS's own threading does) then makes the other core wait for the
 * late half, and OpenBLAS's workers spin while they wait: in the window, training ran at half its headless
 * speed. Here the thread that is running simply takes more chunks, and a helper that starts late finds
 * nothing left and never holds the caller up. The caller waits only for chunks that are actually running.
 */
final class Parallel {

    interface RangeBody {
        void run(int from, int to);
    }

    /** Below this many items per chunk, handing work to another thread costs more than it saves. */
    private static final int MIN_CHUNK = 64;
    /** Chunks per thread: enough that a thread delayed by the OS costs a fraction of a chunk, not half. */
    private static final int CHUNKS_PER_THREAD = 3;
    /** Spins before the caller parks while the last chunks finish (a park and wake cost ~20 µs). */
    private static final int SPINS = 2_000;
    private static volatile int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static ExecutorService pool;
    private static int poolSize;

    private Parallel() {
    }

    static synchronized void setThreads(int count) {
        threads = Math.max(1, count);
    }

    static int threads() {
        return threads;
    }

    static void range(int count, RangeBody body) {
        range(count, MIN_CHUNK, body);
    }

    /** Like {@link #range} with at least {@code minChunk} items per chunk (1 for items that are whole images). */
    static void range(int count, int minChunk, RangeBody body) {
        split(count, Math.min(threads * CHUNKS_PER_THREAD, Math.max(1, count / minChunk)), body);
    }

    /** Like {@link #range} for items that are already large blocks of work: splits from two blocks up. */
    static void rangeOfBlocks(int blocks, RangeBody body) {
        split(blocks, Math.min(threads * CHUNKS_PER_THREAD, blocks), body);
    }

    /** Runs {@code body} over [0, count) cut into {@code chunks} near-equal pieces taken by whichever thread is free. */
    static void split(int count, int chunks, RangeBody body) {
        int helpers = Math.min(threads, chunks) - 1;
        if (chunks <= 1 || helpers < 1) {
            body.run(0, count);
            return;
        }
        Region region = new Region(count, chunks, body, Thread.currentThread());
        ExecutorService pool = helpers(threads - 1);
        for (int h = 0; h < helpers; h++) {
            pool.execute(region::work);
        }
        region.work();
        region.awaitAll();
    }

    /** One split work item: chunks are claimed by number, so each runs exactly once. */
    private static final class Region {
        private final int count;
        private final int chunks;
        private final RangeBody body;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Region(int count, int chunks, RangeBody body, Thread caller) {
            this.count = count;
            this.chunks = chunks;
            this.body = body;
            this.caller = caller;
        }

        void work() {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    body.run((int) ((long) count * c / chunks), (int) ((long) count * (c + 1) / chunks));
                } catch (Throwable problem) {
                    failure.compareAndSet(null, problem);
                } finally {
                    if (finished.incrementAndGet() == chunks) {
                        LockSupport.unpark(caller);
                    }
                }
            }
        }

        /**
         * Waits for every chunk even when interrupted: abandoning a layer half computed would leave its
         * buffers inconsistent while the other chunks still write into them. The interrupt is kept for the
         * caller (the trainer checks it between steps).
         */
        void awaitAll() {
            boolean interrupted = false;
            for (int spin = 0; finished.get() < chunks; spin++) {
                if (spin < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                    interrupted |= Thread.interrupted();
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable problem = failure.get();
            if (problem instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (problem instanceof Error error) {
                throw error;
            }
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
        }
    }

    /**
     * A fixed set of helpers (one per training thread besides the caller): a helper task that starts after
     * its region is done finds no chunk left and returns at once, so a queue never holds anyone up, and no
     * more threads compete for the cores than there are training threads.
     */
    private static synchronized ExecutorService helpers(int size) {
        if (pool == null || poolSize != size) {
            if (pool != null) {
                pool.shutdown(); // queued tasks still run (and find their regions done)
            }
            pool = Executors.newFixedThreadPool(size, task -> {
                Thread t = new Thread(task, "nn-parallel");
                t.setDaemon(true);
                return t;
            });
            poolSize = size;
        }
        return pool;
    }
}
