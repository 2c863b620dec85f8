package org.ganclassroom.nn;

import java.util.List;

/**
 * One stage of a network, for a batch of examples laid out row after row. Layers keep the buffers of
 * their last forward pass for the backward pass, so a backward must follow the forward it belongs to;
 * buffers only grow (a batch of 128 then 64 reuses the same memory).
 */
public interface Layer {

    /** Floats per example going in. */
    int inputSize();

    /** Floats per example coming out. */
    int outputSize();

    /** @param training BatchNorm uses batch statistics (and updates its running ones) when true */
    Tensor forward(Tensor input, int batch, boolean training);

    /**
     * From the gradient of the loss at this layer's output, writes its parameters' gradients (when
     * {@code paramGradients}) and returns the gradient at its input (when {@code inputGradient}, else null).
     */
    Tensor backward(Tensor outputGradient, boolean paramGradients, boolean inputGradient);

    /** Trainable parameters and saved state, in a fixed order. */
    List<Param> params();

    /** What it is and its shapes, for profiles. */
    String describe();

    /** Re-draws the initial weights (PyTorch's defaults) from {@code random}. */
    void initialise(java.util.SplittableRandom random);

    /** A buffer that is at least {@code size} long: {@code current} if it is, else a new one. */
    static Tensor atLeast(Tensor current, int size) {
        return current != null && current.size() >= size ? current : new Tensor(size);
    }

    /** U(-1/sqrt(fanIn), 1/sqrt(fanIn)): what PyTorch's Linear, Conv2d and ConvTranspose2d start from. */
    static void uniformFanIn(Tensor t, int fanIn, java.util.SplittableRandom random) {
        double bound = 1 / Math.sqrt(fanIn);
        for (int i = 0; i < t.size(); i++) {
            t.set(i, (float) ((random.nextDouble() * 2 - 1) * bound));
        }
    }
}
