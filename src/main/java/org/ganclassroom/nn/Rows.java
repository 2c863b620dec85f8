package org.ganclassroom.nn;

/**
 * Row-wise helpers for [rows, columns] tensors (a bias, a BatchNorm statistic: one value per column).
 *
 * <p>Why the loops look the way they do: the JIT vectorises a long loop over consecutive floats, and not a
 * loop with a wrapping column counter ({@code if (++c == columns) c = 0}) nor a short inner loop over 32
 * columns (too few iterations for its unrolled vector loop). So a per-column value is first laid out
 * {@link #repeated} along a block (value of column c at every index ≡ c mod columns), and a block of
 * rows becomes one long loop; column sums accumulate into a segment of whole rows about 1,024 floats long
 * and are folded per column at the end. Measured on BatchNorm over 32 channels: 3-5x faster.
 */
final class Rows {

    /** Bands of rows summed in parallel: a fixed number, whatever the threads, so results never vary. */
    private static final int MAX_BANDS = 8;
    /** Floats per column-sum accumulator segment (rounded to whole rows). */
    private static final int SEGMENT = 1024;
    /**
     * Each thread's accumulators and row copies for column sums, reused: fresh ones were ~1 MB of garbage a
     * step, and on a VM every first touch of the young generation's new pages is a costly page fault.
     */
    private static final ThreadLocal<float[][]> SUM_SCRATCH = ThreadLocal.withInitial(() -> new float[][] {
        new float[SEGMENT], new float[SEGMENT], new float[SEGMENT], new float[SEGMENT]});

    private Rows() {
    }

    /**
     * {@code perColumn} laid out along one block of any start: entry {@code o + i} is the value for index i
     * of a block whose first value is in column {@code o = start % columns}.
     */
    static float[] repeated(float[] perColumn) {
        int columns = perColumn.length;
        float[] laidOut = new float[Chunks.BLOCK + columns];
        System.arraycopy(perColumn, 0, laidOut, 0, Math.min(columns, laidOut.length));
        repeatFirst(laidOut, columns, laidOut.length);
        return laidOut;
    }

    /** Fills {@code values[columns..length)} with {@code values[0..columns)} over and over. */
    static void repeatFirst(float[] values, int columns, int length) {
        // doubling copies: a handful of calls even for one column (one copy per column period was ~4,000)
        for (int filled = columns; filled < length; filled *= 2) {
            System.arraycopy(values, 0, values, filled, Math.min(filled, length - filled));
        }
    }

    /** Adds the bias, then applies {@code then} (or nothing when null) in the same pass. */
    static void addToEachRow(Tensor t, int rows, Tensor perColumn, Activation then) {
        long started = Sections.start();
        int columns = perColumn.size();
        float[] bias = repeated(perColumn.toArray());
        Chunks.blocks(rows * columns, (start, n, v, along, unused2, unused3) -> {
            t.get(start, v, 0, n);
            slice(bias, start % columns, n, along);
            for (int i = 0; i < n; i++) {
                v[i] += along[i];
            }
            if (then != null) {
                then.apply(v, n);
            }
            t.put(start, v, 0, n);
        });
        Sections.end("bias add", started);
    }

    /**
     * Copies {@code n} values of a {@link #repeated} layout from offset {@code o} to the start of
     * {@code into}. Why not index {@code laidOut[o + i]} in the loop: C2 cannot prove that the array it
     * writes ({@code v[i]}) is not {@code laidOut} shifted by {@code o}, so it does not vectorise such a
     * loop; a 4,096-float block took 1.45 µs that way and 0.25 µs over aligned arrays (plus ~0.1 µs for
     * this copy). (An earlier session found per-thread accumulators for columnSums 1.5-2.5x slower than
     * fresh ones; measured again over whole steps in the fifth session they were not slower, and fresh ones
     * cost ~1 MB of garbage a step, so the accumulators are per thread now.)
     */
    static void slice(float[] laidOut, int o, int n, float[] into) {
        System.arraycopy(laidOut, o, into, 0, n);
    }

    /** out[c] = sum over rows of t[r, c]. */
    static void sumRows(Tensor t, int rows, int columns, Tensor out) {
        long started = Sections.start();
        double[] sums = new double[columns];
        columnSums(t, null, rows, columns, sums, null);
        for (int c = 0; c < columns; c++) {
            out.set(c, (float) sums[c]);
        }
        Sections.end("bias gradient", started);
    }

    /**
     * Adds to sumA[c] the column sums of a, and to sumProduct[c] (if not null) those of a*a, or of a*b when b
     * is given. Bands of rows (blocks of columns, for a wide tensor) are summed in parallel and their partial
     * sums added in band order, so the result does not depend on which thread took which band or how many
     * threads there are.
     */
    static void columnSums(Tensor a, Tensor b, int rows, int columns, double[] sumA, double[] sumProduct) {
        if (columns >= SEGMENT) {
            wideColumnSums(a, b, rows, columns, sumA, sumProduct);
            return;
        }
        int bands = Math.max(1, Math.min(Math.min(MAX_BANDS, rows), rows * columns / (4 * Chunks.BLOCK)));
        double[][] partA = new double[bands][columns];
        double[][] partProduct = new double[bands][sumProduct == null ? 0 : columns];
        Parallel.split(bands, bands, (from, to) -> {
            for (int band = from; band < to; band++) {
                sumBand(a, b, (int) ((long) rows * band / bands), (int) ((long) rows * (band + 1) / bands), columns,
                        0, columns, partA[band], sumProduct == null ? null : partProduct[band]);
            }
        });
        for (int band = 0; band < bands; band++) {
            for (int c = 0; c < columns; c++) {
                sumA[c] += partA[band][c];
                if (sumProduct != null) {
                    sumProduct[c] += partProduct[band][c];
                }
            }
        }
    }

    /**
     * Column sums of a wide, short tensor (a BatchNorm after a dense layer: thousands of columns, a batch of
     * rows): split by blocks of columns rather than bands of rows, so each thread sums whole columns in row
     * order (the result still cannot depend on the threads) and needs accumulators one block wide. Bands of
     * rows here cost 8 bands x 4 arrays x all the columns, ~400 KB of garbage per call (a third of a step's).
     */
    private static void wideColumnSums(Tensor a, Tensor b, int rows, int columns, double[] sumA,
                                       double[] sumProduct) {
        int blocks = (columns + SEGMENT - 1) / SEGMENT;
        Parallel.rangeOfBlocks(blocks, (from, to) -> {
            for (int block = from; block < to; block++) {
                int first = block * SEGMENT;
                sumBand(a, b, 0, rows, columns, first, Math.min(SEGMENT, columns - first), sumA, sumProduct);
            }
        });
    }

    /**
     * Sums rows [rowFrom, rowTo) of the columns [first, first + width) into segment accumulators, then folds
     * them into sumA[first...] (and sumProduct). When the window is whole rows, several rows make a segment.
     */
    private static void sumBand(Tensor a, Tensor b, int rowFrom, int rowTo, int columns, int first, int width,
                                double[] sumA, double[] sumProduct) {
        int rowsPerSegment = width == columns ? Math.max(1, SEGMENT / columns) : 1;
        int segment = rowsPerSegment * width;
        float[][] scratch = clearedSumScratch();
        float[] accA = scratch[0];
        float[] accProduct = scratch[1];
        float[] blockA = scratch[2];
        float[] blockB = b == null ? blockA : scratch[3];
        // Float accumulators are folded into the double sums every so many segments, so a long band
        // never adds thousands of floats into one float.
        int segmentsPerFold = 64;
        int sinceFold = 0;
        for (int r = rowFrom; r < rowTo; r += rowsPerSegment) {
            int count = Math.min(rowsPerSegment, rowTo - r) * width;
            a.get(r * columns + first, blockA, 0, count);
            if (b != null) {
                b.get(r * columns + first, blockB, 0, count);
            }
            for (int i = 0; i < count; i++) {
                accA[i] += blockA[i];
            }
            if (sumProduct != null) {
                for (int i = 0; i < count; i++) {
                    accProduct[i] += blockA[i] * blockB[i];
                }
            }
            if (++sinceFold == segmentsPerFold || r + rowsPerSegment >= rowTo) {
                fold(accA, segment, width, sumA, first);
                if (sumProduct != null) {
                    fold(accProduct, segment, width, sumProduct, first);
                }
                sinceFold = 0;
            }
        }
    }

    /** Adds each accumulator entry to its column's sum, sums[first + c], and clears it. */
    private static void fold(float[] accumulator, int segment, int width, double[] sums, int first) {
        for (int row = 0; row < segment; row += width) {
            for (int c = 0; c < width; c++) {
                sums[first + c] += accumulator[row + c];
            }
        }
        java.util.Arrays.fill(accumulator, 0, segment, 0f);
    }

    /** This thread's column-sum scratch with zeroed accumulators (a failed call may have left values). */
    private static float[][] clearedSumScratch() {
        float[][] scratch = SUM_SCRATCH.get();
        java.util.Arrays.fill(scratch[0], 0f);
        java.util.Arrays.fill(scratch[1], 0f);
        return scratch;
    }
}
