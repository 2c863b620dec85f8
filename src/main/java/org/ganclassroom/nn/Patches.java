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
     * Copying each 4x4 tap's run of channels between native buffers directly cost a call per run (16 per
     * output pixel; with one channel, one call per float) and made the first convolution ~10x slower.
     */
    static void gather(Tensor big, int batch, int small, int channels, Tensor patches) {
        int bigSide = 2 * small;
        int rowLength = TAPS * channels;
        int imageLength = bigSide * bigSide * channels;
        int patchesLength = small * small * rowLength;
        Parallel.range(batch, 1, (from, to) -> {
            float[] image = new float[imageLength];
            float[] rows = new float[patchesLength]; // zero where a tap falls off the edge
            for (int n = from; n < to; n++) {
                big.get(n * imageLength, image, 0, imageLength);
                int out = 0;
                for (int y = 0; y < small; y++) {
                    for (int x = 0; x < small; x++) {
                        for (int ky = 0; ky < KERNEL; ky++) {
                            int by = 2 * y - 1 + ky;
                            for (int kx = 0; kx < KERNEL; kx++, out += channels) {
                                int bx = 2 * x - 1 + kx;
                                if (by >= 0 && by < bigSide && bx >= 0 && bx < bigSide) {
                                    System.arraycopy(image, (by * bigSide + bx) * channels, rows, out, channels);
                                }
                            }
                        }
                    }
                }
                patches.put(n * patchesLength, rows, 0, patchesLength);
            }
        });
    }

    /**
     * The adjoint of {@link #gather}: every big pixel becomes the sum of the patch entries that came from
     * it. Written as a gather per big pixel (each has at most 2x2 contributing taps), one example at a
     * time through Java arrays, so threads never write to the same pixel.
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
                for (int by = 0; by < bigSide; by++) {
                    for (int bx = 0; bx < bigSide; bx++) {
                        int pixel = (by * bigSide + bx) * channels;
                        // by = 2y - 1 + ky  ⇒  ky has the parity of by + 1, and y = (by + 1 - ky) / 2.
                        for (int ky = (by + 1) & 1; ky < KERNEL; ky += 2) {
                            int y = (by + 1 - ky) / 2;
                            if (y < 0 || y >= small) {
                                continue;
                            }
                            for (int kx = (bx + 1) & 1; kx < KERNEL; kx += 2) {
                                int x = (bx + 1 - kx) / 2;
                                if (x < 0 || x >= small) {
                                    continue;
                                }
                                int at = (y * small + x) * rowLength + (ky * KERNEL + kx) * channels;
                                for (int c = 0; c < channels; c++) {
                                    image[pixel + c] += rows[at + c];
                                }
                            }
                        }
                    }
                }
                big.put(n * imageLength, image, 0, imageLength);
            }
        });
    }
}
