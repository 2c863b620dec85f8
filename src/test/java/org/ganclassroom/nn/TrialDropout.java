package org.ganclassroom.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Inverted dropout: in training, zeroes each input with probability {@code rate} and scales the rest by
 * 1/(1 - rate); at inference it passes inputs through. Tried in D by {@code tuning.TuningRun}.
 */
public final class TrialDropout implements Layer {

    private final int size;
    private final float keep;
    private final SplittableRandom random;
    private Tensor output;
    private Tensor inputGradient;
    private float[] mask = new float[0];
    private int batch;
    private boolean training;

    public TrialDropout(int size, double rate, long seed) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), not " + rate);
        }
        this.size = size;
        this.keep = (float) (1 - rate);
        this.random = new SplittableRandom(seed);
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
        this.training = training;
        if (!training) {
            return x;
        }
        int n = batch * size;
        if (mask.length < n) {
            mask = new float[n];
        }
        for (int i = 0; i < n; i++) {
            mask[i] = random.nextFloat() < keep ? 1 / keep : 0;
        }
        output = Layer.atLeast(output, n);
        output.put(0, masked(x, n), 0, n);
        return output;
    }

    @Override
    public Tensor backward(Tensor dy, boolean paramGradients, boolean wantInputGradient) {
        if (!wantInputGradient) {
            return null;
        }
        if (!training) {
            return dy;
        }
        int n = batch * size;
        inputGradient = Layer.atLeast(inputGradient, n);
        inputGradient.put(0, masked(dy, n), 0, n);
        return inputGradient;
    }

    private float[] masked(Tensor t, int n) {
        float[] values = new float[n];
        t.get(0, values, 0, n);
        for (int i = 0; i < n; i++) {
            values[i] *= mask[i];
        }
        return values;
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public String describe() {
        return "Dropout " + size;
    }

    @Override
    public void initialise(SplittableRandom random) {
    }
}
