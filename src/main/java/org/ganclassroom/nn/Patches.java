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

    private Patches() {
    }

    /**
     * Where gather and scatter move floats, for one example: run r is {@code length[r]} floats at
     * {@code image[r]} in the big image and at {@code patch[r]} in the patch rows. For one small position
     * and kernel row ky, the four taps kx = 0..3 are four neighbouring big pixels, and a patch row stores
     * them next to each other too (tap-major, channel-minor), so they make one run of up to 4 x channels
     * floats (fewer at the left and right edges; kernel rows above or below the image have no run).
     */
    private record Runs(int[] image, int[] patch, int[] length) {

        static Runs of(int small, int channels) {
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
        Runs runs = Runs.of(small, channels);
        Parallel.range(batch, 1, (from, to) -> {
            float[] image = new float[imageLength];
            float[] rows = new float[patchesLength]; // zero where a tap falls off the edge, for every example
            for (int n = from; n < to; n++) {
                big.get(n * imageLength, image, 0, imageLength);
                for (int r = 0; r < runs.length().length; r++) {
                    System.arraycopy(image, runs.image()[r], rows, runs.patch()[r], runs.length()[r]);
                }
                patches.put(n * patchesLength, rows, 0, patchesLength);
            }
        });
    }

    /**
     * The adjoint of {@link #gather}: every big pixel becomes the sum of the patch entries that came from
     * it. One example at a time through Java arrays (a thread owns whole examples, so no two threads write
     * the same pixel); each {@link Runs run} is one contiguous add, a loop the JIT vectorises.
     */
    static void scatterAdd(Tensor patches, int batch, int small, int channels, Tensor big) {
        int imageLength = 4 * small * small * channels;
        int patchesLength = small * small * TAPS * channels;
        Runs runs = Runs.of(small, channels);
        Parallel.range(batch, 1, (from, to) -> {
            float[] rows = new float[patchesLength];
            float[] image = new float[imageLength];
            for (int n = from; n < to; n++) {
                patches.get(n * patchesLength, rows, 0, patchesLength);
                java.util.Arrays.fill(image, 0f);
                for (int r = 0; r < runs.length().length; r++) {
                    int target = runs.image()[r];
                    int source = runs.patch()[r];
                    for (int i = 0; i < runs.length()[r]; i++) {
                        image[target + i] += rows[source + i];
                    }
                }
                big.put(n * imageLength, image, 0, imageLength);
            }
        });
    }
}
