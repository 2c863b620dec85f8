package org.ganclassroom.nn;

import java.util.List;
import java.util.SplittableRandom;

/** max(x, slope * x). The backward pass reads the output's sign, which is the input's for slope > 0. */
public final class LeakyRelu implements Layer {

    private final int size;
    private final float slope;
    private Tensor output;
    private Tensor inputGradient;
    private int batch;

    public LeakyRelu(int size, double slope) {
        if (!(slope > 0 && slope < 1)) {
            throw new IllegalArgumentException("leaky slope must be between 0 and 1, not " + slope);
        }
        this.size = size;
        this.slope = (float) slope;
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
        float s = slope;
        Chunks.blocks(batch * size, (start, n, v, unused1, unused2, unused3) -> {
            x.get(start, v, 0, n);
            for (int i = 0; i < n; i++) {
                v[i] = v[i] > 0 ? v[i] : s * v[i];
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
        float s = slope;
        Chunks.blocks(batch * size, (start, n, g, out, unused1, unused2) -> {
            dy.get(start, g, 0, n);
            y.get(start, out, 0, n);
            for (int i = 0; i < n; i++) {
                g[i] = out[i] > 0 ? g[i] : s * g[i];
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
        return "LeakyReLU " + size;
    }
}
