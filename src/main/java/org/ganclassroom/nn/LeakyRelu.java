package org.ganclassroom.nn;

/** max(x, slope * x). The backward pass reads the output's sign, which is the input's for slope > 0. */
public final class LeakyRelu extends Activation {

    private final float slope;

    public LeakyRelu(int size, double slope) {
        super(size);
        if (!(slope >= 0 && slope < 1)) { // 0 is a plain ReLU
            throw new IllegalArgumentException("leaky slope must be at least 0 and below 1, not " + slope);
        }
        this.slope = (float) slope;
    }

    /**
     * max(v, slope * v) is the same function for 0 <= slope < 1, written without a branch: the JIT turns it
     * into vector max instructions. The branch {@code v > 0 ? v : slope * v} is mispredicted half the time
     * on a GAN's activations (signs are random) and made this loop ~5x slower.
     */
    @Override
    void apply(float[] v, int n) {
        for (int i = 0; i < n; i++) {
            v[i] = Math.max(v[i], slope * v[i]);
        }
    }

    /**
     * The derivative, 1 where the output is positive and the slope elsewhere, also without a branch:
     * out * 1e38 is at least 1 for every positive normal float, so clamping it to [slope, 1] gives 1 there
     * and the slope for zero and negative outputs (a subnormal positive output, below 1.2e-38, would get a
     * value in between; GAN activations never come that close to 0 without being 0).
     */
    @Override
    void multiplyByDerivative(float[] g, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            g[i] *= Math.min(1f, Math.max(slope, out[i] * 1e38f));
        }
    }

    @Override
    public String describe() {
        return "LeakyReLU " + size();
    }
}
