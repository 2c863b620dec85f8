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
        for (int i = 0; i < batch * size; i++) {
            output.set(i, (float) Math.tanh(x.get(i)));
        }
        return output;
    }

    @Override
    public Tensor backward(Tensor dy, boolean paramGradients, boolean wantInputGradient) {
        if (!wantInputGradient) {
            return null;
        }
        inputGradient = Layer.atLeast(inputGradient, batch * size);
        for (int i = 0; i < batch * size; i++) {
            float y = output.get(i);
            inputGradient.set(i, dy.get(i) * (1 - y * y));
        }
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
