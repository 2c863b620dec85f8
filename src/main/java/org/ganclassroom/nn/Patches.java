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
     * Gathers the big image's pixels under every small position into patch rows (zeros off the edge).
     * One example at a time, through Java arrays: one bulk copy of its image in and of its patch rows out.
     * For one small position and kernel row ky, the four taps kx = 0..3 are four neighbouring big pixels,
     * and a patch row stores them next to each other too (tap-major, channel-minor), so each is one copy of
     * up to 4 x channels floats. Copying each tap's run between native buffers directly cost a call per run
     * (with one channel, one call per float) and made the first convolution ~10x slower.
     */
    static void gather(Tensor big, int batch, int small, int channels, Tensor patches) {
        int bigSide = 2 * small;
        int rowLength = TAPS * channels;
        int imageLength = bigSide * bigSide * channels;
        int patchesLength = small * small * rowLength;
        Parallel.range(batch, 1, (from, to) -> {
            float[] image = new float[imageLength];
            float[] rows = new float[patchesLength]; // zero where a tap falls off the edge, for every example
            for (int n = from; n < to; n++) {
                big.get(n * imageLength, image, 0, imageLength);
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
                            System.arraycopy(image, (by * bigSide + left + kxFrom) * channels, rows,
                                    (y * small + x) * rowLength + (ky * KERNEL + kxFrom) * channels,
                                    (kxTo - kxFrom) * channels);
                        }
                    }
                }
                patches.put(n * patchesLength, rows, 0, patchesLength);
            }
        });
    }

    /**
     * The adjoint of {@link #gather}: every big pixel becomes the sum of the patch entries that came from
     * it. One example at a time through Java arrays (a thread owns whole examples, so no two threads write
     * the same pixel); for a small position and kernel row, the four taps add one contiguous run of up to
     * 4 x channels floats onto four neighbouring big pixels, a loop the JIT vectorises.
     */
    static void scatterAdd(Tensor patches, int batch, int small, int channels, Tensor big) {
        int bigSide = 2 * small;
        int rowLength = TAPS * channels;
        int imageLength = bigSide * bigSide * channels;
        int patchesLength = small * small * rowLength;
        Parallel.range(batch, 1, (from, to) -> {
            float[] rows = new float[patchesLength];
            float[] image = new float[imageLength];
            for (int n = from; n < to; n++) {
                patches.get(n * patchesLength, rows, 0, patchesLength);
                java.util.Arrays.fill(image, 0f);
                for (int y = 0; y < small; y++) {
                    for (int ky = 0; ky < KERNEL; ky++) {
                        int by = 2 * y - 1 + ky;
                        if (by < 0 || by >= bigSide) {
                            continue;
                        }
                        for (int x = 0; x < small; x++) {
                            int left = 2 * x - 1;
                            int start = (left < 0 ? 1 : 0) * channels;
                            int end = Math.min(KERNEL, bigSide - left) * channels;
                            int source = (y * small + x) * rowLength + ky * KERNEL * channels;
                            int target = (by * bigSide + left) * channels;
                            for (int i = start; i < end; i++) {
                                image[target + i] += rows[source + i];
                            }
                        }
                    }
                }
                big.put(n * imageLength, image, 0, imageLength);
            }
        });
    }
}
