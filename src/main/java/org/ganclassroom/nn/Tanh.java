package org.ganclassroom.nn;

import java.util.List;
import java.util.SplittableRandom;

/** tanh, G's last step: pixels in -1..1. Backward uses 1 - y^2. */
public final class Tanh implements Layer {

    private final int size;
    private Tensor output;
    private Tensor inputGradient;
    private int batch;

    public Tanh(int size) {
        this.size = size;
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    @Override
    public Tensor forward(Tensor x, int batch, boolean training) {
        this.batch = batch;
        output = Layer.atLeast(output, batch * size);
        Tensor y = output;
        Chunks.blocks(batch * size, (start, n, v, unused1, unused2, unused3) -> {
            x.get(start, v, 0, n);
            for (int i = 0; i < n; i++) {
                // tanh(x) = 1 - 2 / (e^2x + 1): Math.exp is an intrinsic, Math.tanh is not (10x slower).
                // Clamped so e^2x stays finite; tanh(±20) is ±1 in float.
                float clamped = Math.max(-20f, Math.min(20f, v[i]));
                v[i] = 1f - 2f / ((float) Math.exp(2 * clamped) + 1f);
            }
            y.put(start, v, 0, n);
        });
        return output;
    }

    @Override
    public Tensor backward(Tensor dy, boolean paramGradients, boolean wantInputGradient) {
        if (!wantInputGradient) {
            return null;
        }
        inputGradient = Layer.atLeast(inputGradient, batch * size);
        Tensor dx = inputGradient;
        Tensor y = output;
        Chunks.blocks(batch * size, (start, n, g, out, unused1, unused2) -> {
            dy.get(start, g, 0, n);
            y.get(start, out, 0, n);
            for (int i = 0; i < n; i++) {
                g[i] *= 1 - out[i] * out[i];
            }
            dx.put(start, g, 0, n);
        });
        return inputGradient;
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public void initialise(SplittableRandom random) {
    }

    @Override
    public String describe() {
        return "Tanh " + size;
    }
}
