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

    /** Gathers the big image's pixels under every small position into patch rows (zeros off the edge). */
    static void gather(Tensor big, int batch, int small, int channels, Tensor patches) {
        int bigSide = 2 * small;
        int rowLength = TAPS * channels;
        float[] zeros = new float[channels];
        Parallel.range(batch * small * small, (from, to) -> {
            for (int row = from; row < to; row++) {
                int n = row / (small * small);
                int y = (row / small) % small;
                int x = row % small;
                int out = row * rowLength;
                for (int ky = 0; ky < KERNEL; ky++) {
                    int by = 2 * y - 1 + ky;
                    for (int kx = 0; kx < KERNEL; kx++, out += channels) {
                        int bx = 2 * x - 1 + kx;
                        if (by < 0 || by >= bigSide || bx < 0 || bx >= bigSide) {
                            patches.put(out, zeros, 0, channels);
                        } else {
                            patches.copyFrom(big, ((n * bigSide + by) * bigSide + bx) * channels, out, channels);
                        }
                    }
                }
            }
        });
    }

    /**
     * The adjoint of {@link #gather}: every big pixel becomes the sum of the patch entries that came from
     * it. Written as a gather per big pixel (each has at most 2x2 contributing taps), so threads never
     * write to the same pixel.
     */
    static void scatterAdd(Tensor patches, int batch, int small, int channels, Tensor big) {
        int bigSide = 2 * small;
        int rowLength = TAPS * channels;
        Parallel.range(batch * bigSide, (from, to) -> {
            float[] sum = new float[channels];
            float[] run = new float[channels];
            float[] line = new float[bigSide * channels];
            for (int lineIndex = from; lineIndex < to; lineIndex++) {
                int n = lineIndex / bigSide;
                int by = lineIndex % bigSide;
                for (int bx = 0; bx < bigSide; bx++) {
                    java.util.Arrays.fill(sum, 0f);
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
                            int at = ((n * small + y) * small + x) * rowLength + (ky * KERNEL + kx) * channels;
                            patches.get(at, run, 0, channels);
                            for (int c = 0; c < channels; c++) {
                                sum[c] += run[c];
                            }
                        }
                    }
                    System.arraycopy(sum, 0, line, bx * channels, channels);
                }
                big.put((n * bigSide + by) * bigSide * channels, line, 0, line.length);
            }
        });
    }
}
