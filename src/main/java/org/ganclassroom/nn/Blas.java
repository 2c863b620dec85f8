package org.ganclassroom.nn;

import java.util.concurrent.atomic.LongAdder;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * Row-major single-precision matrix products through the OpenBLAS that ND4J already ships (JavaCPP's
 * openblas preset). Every layer of {@link Sequential} is one or two of these calls plus memory shuffling.
 *
 * <p>Threads: OpenBLAS itself runs single-threaded, and a large product is cut into bands of C's rows (or
 * columns) that {@link Parallel} hands to whichever training thread is free. OpenBLAS's own threading
 * splits every product into fixed halves and its workers spin while they wait; beside a window that takes
 * a core now and then, that halved training's speed (docs/performance.md, "Training in the window"). One
 * OpenBLAS thread also keeps the judge (ND4J, the same library) off the second core.
 */
public final class Blas {

    /** Below this many multiply-adds a product runs whole on the calling thread (a hand-off costs ~20 µs). */
    private static final long SPLIT_MIN_MACS = 1L << 20;
    /** Bands narrower than this waste the GEMM kernel's register tiles and repack the other operand too often. */
    private static final int MIN_BAND = 32;

    /** Floating-point operations (2mnk per product) done so far, for {@code bench}'s floor. */
    private static final LongAdder FLOPS = new LongAdder();
    /** Wall time spent inside {@link #gemm} calls so far, for {@code bench}'s split of a step into products and the rest. */
    private static final LongAdder NANOS = new LongAdder();

    static {
        openblas.blas_set_num_threads(1);
    }

    private Blas() {
    }

    /** C = alpha * op(A) * op(B) + beta * C, with op(A) [m,k], op(B) [k,n], C [m,n], all row-major. */
    public static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, Tensor a, Tensor b,
                            float beta, Tensor c) {
        if ((long) m * k > a.size() || (long) k * n > b.size() || (long) m * n > c.size()) {
            throw new IllegalArgumentException("gemm shapes exceed tensors: " + m + "x" + n + "x" + k);
        }
        keepSingleThreaded();
        FLOPS.add(2L * m * n * k);
        long start = System.nanoTime();
        try {
            split(transA, transB, m, n, k, alpha, a, b, beta, c);
        } finally {
            long nanos = System.nanoTime() - start;
            NANOS.add(nanos);
            if (byShape != null) {
                String shape = m + "x" + k + (transA ? "ᵀ" : "") + " · " + k + "x" + n + (transB ? "ᵀ" : "");
                byShape.computeIfAbsent(shape, key -> new LongAdder[] {new LongAdder(), new LongAdder()});
                LongAdder[] entry = byShape.get(shape);
                entry[0].add(nanos);
                entry[1].add(2L * m * n * k);
            }
        }
    }

    /** Per product shape: wall nanoseconds and FLOPs, while {@link #startProfiling} is on (bench --profile). */
    private static volatile java.util.Map<String, LongAdder[]> byShape;

    /** Starts timing every product by its shape, for {@link #profileTable}. */
    public static void startProfiling() {
        byShape = new java.util.concurrent.ConcurrentSkipListMap<>();
    }

    /** Milliseconds and GFLOP/s per step of each product shape since {@link #startProfiling}, as Markdown. */
    public static String profileTable(int steps) {
        StringBuilder table = new StringBuilder("| product (m x k · k x n) | ms/step | GFLOP/s |\n|---|---|---|\n");
        java.util.Map<String, LongAdder[]> shapes = byShape;
        if (shapes == null) {
            return table.toString();
        }
        shapes.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0].sum(), a.getValue()[0].sum()))
                .forEach(e -> table.append(String.format(java.util.Locale.ROOT, "| %s | %.2f | %.0f |%n", e.getKey(),
                        e.getValue()[0].sum() / 1e6 / steps, (double) e.getValue()[1].sum() / e.getValue()[0].sum())));
        return table.toString();
    }

    private static void split(boolean transA, boolean transB, int m, int n, int k, float alpha, Tensor a, Tensor b,
                              float beta, Tensor c) {
        int threads = Parallel.threads();
        if (splitsDepth(m, n, k)) { // whatever the threads, so results do not depend on them
            splitDepth(transA, transB, m, n, k, alpha, a, b, beta, c);
            return;
        }
        boolean byRows = m >= n;
        int length = byRows ? m : n;
        int bands = (int) Math.min(Math.min(length / MIN_BAND, (long) m * n * k / SPLIT_MIN_MACS),
                (long) threads * 3);
        if (threads < 2 || bands < 2) {
            product(transA, transB, m, n, k, alpha, a.pointer(), b.pointer(), beta, c.pointer(), 0, m, 0, n);
            return;
        }
        Parallel.split(length, bands, (from, to) -> {
            if (byRows) {
                product(transA, transB, m, n, k, alpha, a.pointer(), b.pointer(), beta, c.pointer(), from, to, 0, n);
            } else {
                product(transA, transB, m, n, k, alpha, a.pointer(), b.pointer(), beta, c.pointer(), 0, m, from, to);
            }
        });
    }

    /**
     * A product whose inner dimension is long and whose result is small (a weight gradient: patches summed
     * over a whole batch; a dense layer over 32-64 rows) is split along k instead of into bands of C. Bands
     * would each repack the whole of the other operand, and C's 16-64 columns of a one-channel layer cannot
     * be cut at all: 16x12544ᵀ · 12544x32 ran on one thread at 29 GFLOP/s.
     */
    static boolean splitsDepth(int m, int n, int k) {
        return k >= 2L * Math.max(m, n) && k / DEPTH_CHUNKS >= MIN_DEPTH_CHUNK
                && (long) m * n * k >= SPLIT_MIN_MACS && !DEPTH_SPLIT_OFF;
    }

    /** Depth chunks: a fixed number, whatever the threads, so the sums (and a seeded run) never vary. */
    private static final int DEPTH_CHUNKS = 4;
    private static final int MIN_DEPTH_CHUNK = 128;
    private static final boolean DEPTH_SPLIT_OFF = Boolean.getBoolean("ganclassroom.depthSplitOff");
    /** Each calling thread's partial results (the trainer's, the 2-D lab's toy GAN's): chunks 1..3 of its products. */
    private static final ThreadLocal<Tensor[]> PARTIALS = ThreadLocal.withInitial(() -> new Tensor[DEPTH_CHUNKS - 1]);

    /**
     * C = beta C + alpha op(A) op(B) as DEPTH_CHUNKS products over slices of k, claimed by whichever thread is
     * free (see {@link Parallel}): chunk 0 writes C itself, the others their own partial result; then the
     * partials are added to C in a fixed order.
     */
    private static void splitDepth(boolean transA, boolean transB, int m, int n, int k, float alpha, Tensor a,
                                   Tensor b, float beta, Tensor c) {
        Tensor[] partials = PARTIALS.get();
        int cells = m * n;
        for (int i = 0; i < partials.length; i++) {
            if (partials[i] == null || partials[i].size() < cells) {
                partials[i] = new Tensor(cells);
            }
        }
        int lda = transA ? m : k;
        int ldb = transB ? k : n;
        Parallel.split(DEPTH_CHUNKS, DEPTH_CHUNKS, (from, to) -> {
            for (int chunk = from; chunk < to; chunk++) {
                int k0 = (int) ((long) k * chunk / DEPTH_CHUNKS);
                int k1 = (int) ((long) k * (chunk + 1) / DEPTH_CHUNKS);
                // op(A)'s columns k0.. are A's columns (offset k0) or, transposed, A's rows (offset k0 * lda).
                long aOffset = transA ? (long) k0 * lda : k0;
                long bOffset = transB ? k0 : (long) k0 * ldb;
                FloatPointer target = chunk == 0 ? c.pointer() : partials[chunk - 1].pointer();
                openblas.cblas_sgemm(openblas.CblasRowMajor, transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                        transB ? openblas.CblasTrans : openblas.CblasNoTrans, m, n, k1 - k0, alpha,
                        at(a.pointer(), aOffset), lda, at(b.pointer(), bOffset), ldb, chunk == 0 ? beta : 0f, target, n);
            }
        });
        Chunks.blocks(cells, (start, length, sum, part, unused1, unused2) -> {
            c.get(start, sum, 0, length);
            for (Tensor partial : partials) {
                partial.get(start, part, 0, length);
                for (int i = 0; i < length; i++) {
                    sum[i] += part[i];
                }
            }
            c.put(start, sum, 0, length);
        });
    }

    /** Floating-point operations of all products so far (2mnk each). */
    public static long flopCount() {
        return FLOPS.sum();
    }

    /** Wall-clock nanoseconds spent in products so far (a product split across threads counts once). */
    public static long productNanos() {
        return NANOS.sum();
    }

    /**
     * GFLOP/s of a square product of side {@code n} on the training threads, the best case for OpenBLAS's
     * kernel on this CPU: the rate a step's products could reach at most.
     */
    public static double measureGflops(int n, int repeats) {
        Tensor a = new Tensor(n * n);
        Tensor b = new Tensor(n * n);
        Tensor c = new Tensor(n * n);
        a.fill(0.5f);
        b.fill(0.25f);
        for (int i = 0; i < 3; i++) {
            gemm(false, false, n, n, n, 1f, a, b, 0f, c); // warm-up
        }
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            gemm(false, false, n, n, n, 1f, a, b, 0f, c);
        }
        return 2.0 * n * n * n * repeats / (System.nanoTime() - start);
    }

    /** Rows [rowFrom, rowTo) and columns [colFrom, colTo) of C = alpha * op(A) op(B) + beta * C. */
    private static void product(boolean transA, boolean transB, int m, int n, int k, float alpha, FloatPointer a,
                                FloatPointer b, float beta, FloatPointer c, int rowFrom, int rowTo, int colFrom,
                                int colTo) {
        int lda = transA ? m : k;
        int ldb = transB ? k : n;
        // op(A)'s row r is A's row r (stride lda) or, transposed, A's column r (next to each other).
        long aOffset = transA ? rowFrom : (long) rowFrom * lda;
        long bOffset = transB ? (long) colFrom * ldb : colFrom;
        long cOffset = (long) rowFrom * n + colFrom;
        openblas.cblas_sgemm(openblas.CblasRowMajor, transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transB ? openblas.CblasTrans : openblas.CblasNoTrans, rowTo - rowFrom, colTo - colFrom, k, alpha,
                at(a, aOffset), lda, at(b, bOffset), ldb, beta, at(c, cOffset), n);
    }

    private static FloatPointer at(FloatPointer base, long offset) {
        return offset == 0 ? base : base.getPointer(offset);
    }

    /**
     * ND4J sets OpenBLAS's thread count to the number of cores when it starts (for the judge), and the two
     * share one library: put it back before our products, or two threaded OpenBLAS calls would run inside
     * our bands.
     */
    private static void keepSingleThreaded() {
        if (openblas.blas_get_num_threads() != 1) {
            openblas.blas_set_num_threads(1);
        }
    }
}
