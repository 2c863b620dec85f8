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

    @Override
    void apply(float[] v, int n) {
        for (int i = 0; i < n; i++) {
            v[i] = v[i] > 0 ? v[i] : slope * v[i];
        }
    }

    @Override
    void multiplyByDerivative(float[] g, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            g[i] = out[i] > 0 ? g[i] : slope * g[i];
        }
    }

    @Override
    public String describe() {
        return "LeakyReLU " + size();
    }
}
