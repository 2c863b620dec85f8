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
        Parallel.range(batch * size, (from, to) -> {
            for (int i = from; i < to; i++) {
                float v = x.get(i);
                output.set(i, v > 0 ? v : slope * v);
            }
        });
        return output;
    }

    @Override
    public Tensor backward(Tensor dy, boolean paramGradients, boolean wantInputGradient) {
        if (!wantInputGradient) {
            return null;
        }
        inputGradient = Layer.atLeast(inputGradient, batch * size);
        Parallel.range(batch * size, (from, to) -> {
            for (int i = from; i < to; i++) {
                float g = dy.get(i);
                inputGradient.set(i, output.get(i) > 0 ? g : slope * g);
            }
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
