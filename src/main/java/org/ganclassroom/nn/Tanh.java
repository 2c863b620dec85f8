package org.ganclassroom.nn;

/** tanh, G's last step: pixels in -1..1. Backward uses 1 - y^2. */
public final class Tanh extends Activation {

    public Tanh(int size) {
        super(size);
    }

    @Override
    void apply(float[] v, int n) {
        for (int i = 0; i < n; i++) {
            // tanh(x) = 1 - 2 / (e^2x + 1): Math.exp is an intrinsic, Math.tanh is not (measured 4.1 → 0.7
            // ms per step). Clamped so e^2x stays finite; tanh(±20) is ±1 in float.
            float clamped = Math.max(-20f, Math.min(20f, v[i]));
            v[i] = 1f - 2f / ((float) Math.exp(2 * clamped) + 1f);
        }
    }

    @Override
    void multiplyByDerivative(float[] g, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            g[i] *= 1 - out[i] * out[i];
        }
    }

    @Override
    public String describe() {
        return "Tanh " + size();
    }
}
