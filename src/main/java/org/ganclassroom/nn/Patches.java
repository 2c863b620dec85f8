package org.ganclassroom.nn;

/**
 * The geometry shared by a 4x4, stride 2, padding 1 convolution (big image → small map) and its
 * transpose (small → big): small position (y, x) with kernel tap (ky, kx) touches big pixel
 * (2y - 1 + ky, 2x - 1 + kx). Images are NHWC (channels innermost), so a patch row is 16 runs of
 * {@code channels} contiguous floats, and the product with the weights is one GEMM.
 *
 * <p>{@code patches}: [batch * small * small, 16 * channels], tap-major, channel-minor.
 */
final class Patches {

    static final int KERNEL = 4;
    static final int TAPS = KERNEL * KERNEL;

    /**
     * Each thread's Java arrays for one use and shape, reused from call to call. Fresh 25-100 KB arrays for
     * every chunk were most of a step's garbage (~7 MB a step): G1 grew its young generation to ~650 MB to
     * hold it, and the first touch of every new page of heap is a page fault (docs/performance.md, "Where
     * the rest goes"). A gather's array is only ever written at its runs, so the taps off the edge stay zero
     * from one image (and call) to the next.
     */
    private static final ThreadLocal<java.util.Map<Integer, float[]>> SCRATCH =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private static final int GATHER_IMAGE = 0;
    private static final int GATHER_ROWS = 1;
    private static final int SCATTER_IMAGE = 2;
    private static final int SCATTER_ROWS = 3;
    private static final int DERIVATIVE_OUTPUTS = 4;
    private static final int BIAS_IMAGE = 5;

    private Patches() {
    }

    private static float[] scratch(int use, int small, int channels, int length) {
        return SCRATCH.get().computeIfAbsent((use * 256 + small) * 65536 + channels, key -> new float[length]);
    }

    /**
     * Where gather and scatter move floats, for one example: run r is {@code length[r]} floats at
     * {@code image[r]} in the big image and at {@code patch[r]} in the patch rows. For one small position
     * and kernel row ky, the four taps kx = 0..3 are four neighbouring big pixels, and a patch row stores
     * them next to each other too (tap-major, channel-minor), so they make one run of up to 4 x channels
     * floats (fewer at the left and right edges; kernel rows above or below the image have no run).
     */
    private record Runs(int[] image, int[] patch, int[] length) {

        private static final java.util.Map<Integer, Runs> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Runs of(int small, int channels) {
            return CACHE.computeIfAbsent(small * 65536 + channels, key -> compute(small, channels));
        }

        private static Runs compute(int small, int channels) {
            int bigSide = 2 * small;
            int[] image = new int[small * small * KERNEL];
            int[] patch = new int[image.length];
            int[] length = new int[image.length];
            int r = 0;
            for (int y = 0; y < small; y++) {
                for (int ky = 0; ky < KERNEL; ky++) {
                    int by = 2 * y - 1 + ky;
                    if (by < 0 || by >= bigSide) {
                        continue;
                    }
                    for (int x = 0; x < small; x++) {
                        int left = 2 * x - 1; // big column of tap kx = 0
                        int kxFrom = left < 0 ? 1 : 0;
                        int kxTo = Math.min(KERNEL, bigSide - left);
                        image[r] = (by * bigSide + left + kxFrom) * channels;
                        patch[r] = (y * small + x) * TAPS * channels + (ky * KERNEL + kxFrom) * channels;
                        length[r] = (kxTo - kxFrom) * channels;
                        r++;
                    }
                }
            }
            return new Runs(java.util.Arrays.copyOf(image, r), java.util.Arrays.copyOf(patch, r),
                    java.util.Arrays.copyOf(length, r));
        }
    }

    /**
     * Gathers the big image's pixels under every small position into patch rows (zeros off the edge).
     * One example at a time, through Java arrays: one bulk copy of its image in and of its patch rows out,
     * and one array copy per {@link Runs run}. Copying each tap's run between native buffers directly cost
     * a call per run (with one channel, one call per float) and made the first convolution ~10x slower.
     */
    static void gather(Tensor big, int batch, int small, int channels, Tensor patches) {
        int imageLength = 4 * small * small * channels;
        int patchesLength = small * small * TAPS * channels;
        long started = Sections.start();
        Runs runs = Runs.of(small, channels);
        Parallel.range(batch, 1, (from, to) -> {
            float[] image = scratch(GATHER_IMAGE, small, channels, imageLength);
            float[] rows = scratch(GATHER_ROWS, small, channels, patchesLength); // zero off the edge, always
            for (int n = from; n < to; n++) {
                big.get(n * imageLength, image, 0, imageLength);
                for (int r = 0; r < runs.length().length; r++) {
                    int source = runs.image()[r];
                    int target = runs.patch()[r];
                    int length = runs.length()[r];
                    if (length == KERNEL) { // one channel, away from the edges: not a call per 4 floats
                        rows[target] = image[source];
                        rows[target + 1] = image[source + 1];
                        rows[target + 2] = image[source + 2];
                        rows[target + 3] = image[source + 3];
                    } else {
                        System.arraycopy(image, source, rows, target, length);
                    }
                }
                patches.put(n * patchesLength, rows, 0, patchesLength);
            }
        });
        Sections.end(channels == 1 ? "patch gather, 1 channel" : "patch gather, more channels", started);
    }

    /**
     * The adjoint of {@link #gather}: every big pixel becomes the sum of the patch entries that came from
     * it. One example at a time through Java arrays (a thread owns whole examples, so no two threads write
     * the same pixel); each {@link Runs run} is one contiguous add, a loop the JIT vectorises.
     */
    static void scatterAdd(Tensor patches, int batch, int small, int channels, Tensor big) {
        scatter(patches, batch, small, channels, big, null, null);
    }

    /**
     * A transposed convolution's output: the scatter's sums plus {@code bias} (one value per channel), then
     * {@code then} applied (none when null), all while each image is still in a Java array. As a separate
     * pass the bias and activation read and wrote the whole output once more.
     */
    static void scatterAddWithBias(Tensor patches, int batch, int small, int channels, Tensor big, Tensor bias,
                                   Activation then) {
        int imageLength = 4 * small * small * channels;
        // the calling thread's scratch, only read by the threads that share the scatter
        float[] start = scratch(BIAS_IMAGE, small, channels, imageLength);
        for (int c = 0; c < channels; c++) {
            start[c] = bias.get(c);
        }
        Rows.repeatFirst(start, channels, imageLength);
        scatter(patches, batch, small, channels, big, start,
                then == null ? null : (n, image) -> then.apply(image, imageLength));
    }

    /**
     * A convolution's input gradient when the layer before it was {@code activation}: the scatter's sums
     * multiplied by the activation's derivative, read off {@code activationOutput} (this convolution's
     * input). Done here, the activation's own backward pass (read the gradient and the outputs, write the
     * product) is not needed; see {@link FoldsInputDerivative}.
     */
    static void scatterAddTimesDerivative(Tensor patches, int batch, int small, int channels, Tensor big,
                                          Activation activation, Tensor activationOutput) {
        int imageLength = 4 * small * small * channels;
        scatter(patches, batch, small, channels, big, null, (n, image) -> {
            float[] outputs = scratch(DERIVATIVE_OUTPUTS, small, channels, imageLength);
            activationOutput.get(n * imageLength, outputs, 0, imageLength);
            activation.multiplyByDerivative(image, outputs, imageLength);
        });
    }

    /** What happens to example {@code n}'s summed image before it is written out. */
    private interface ImageEnd {
        void finish(int n, float[] image);
    }

    private static void scatter(Tensor patches, int batch, int small, int channels, Tensor big, float[] start,
                                ImageEnd end) {
        int imageLength = 4 * small * small * channels;
        int patchesLength = small * small * TAPS * channels;
        long started = Sections.start();
        Runs runs = Runs.of(small, channels);
        Parallel.range(batch, 1, (from, to) -> {
            float[] rows = scratch(SCATTER_ROWS, small, channels, patchesLength);
            float[] image = scratch(SCATTER_IMAGE, small, channels, imageLength);
            for (int n = from; n < to; n++) {
                patches.get(n * patchesLength, rows, 0, patchesLength);
                if (start == null) {
                    java.util.Arrays.fill(image, 0f);
                } else {
                    System.arraycopy(start, 0, image, 0, imageLength);
                }
                for (int r = 0; r < runs.length().length; r++) {
                    int target = runs.image()[r];
                    int source = runs.patch()[r];
                    int length = runs.length()[r];
                    if (length == KERNEL) { // one channel: four adds, not a vector loop's set-up for four
                        image[target] += rows[source];
                        image[target + 1] += rows[source + 1];
                        image[target + 2] += rows[source + 2];
                        image[target + 3] += rows[source + 3];
                    } else {
                        for (int i = 0; i < length; i++) {
                            image[target + i] += rows[source + i];
                        }
                    }
                }
                if (end != null) {
                    end.finish(n, image);
                }
                big.put(n * imageLength, image, 0, imageLength);
            }
        });
        Sections.end(channels == 1 ? "patch scatter, 1 channel" : "patch scatter, more channels", started);
    }
}
