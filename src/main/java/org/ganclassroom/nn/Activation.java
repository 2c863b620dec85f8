package org.ganclassroom.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * An element-wise function whose derivative can be read off its output (LeakyReLU, tanh), so the backward
 * pass needs no copy of the input. Subclasses say what happens to one block of values; the blocks are
 * copied in and out of Java arrays so those loops vectorise (see {@link Chunks}).
 */
abstract class Activation implements Layer {

    private final int size;
    /** Set by {@link Sequential} when the layer before applies this function in its own last pass. */
    private boolean appliedByLayerBefore;
    /** Set by {@link Sequential} when the layer after multiplies its input gradient by this derivative. */
    private boolean derivativeAppliedByLayerAfter;
    private Tensor output;
    private Tensor inputGradient;
    private int batch;

    Activation(int size) {
        this.size = size;
    }

    /** Replaces each of {@code values[0..n)} by the function of it. */
    abstract void apply(float[] values, int n);

    /** Multiplies each gradient in {@code gradients[0..n)} by the derivative, given the outputs. */
    abstract void multiplyByDerivative(float[] gradients, float[] outputs, int n);

    @Override
    public final int inputSize() {
        return size;
    }

    @Override
    public final int outputSize() {
        return size;
    }

    /** The layer before this one applies it (see {@link FusesActivation}): forward only keeps its output. */
    final void appliedByLayerBefore() {
        appliedByLayerBefore = true;
    }

    /** The layer after this one multiplies by the derivative (see {@link FoldsInputDerivative}). */
    final void derivativeAppliedByLayerAfter() {
        derivativeAppliedByLayerAfter = true;
    }

    @Override
    public final Tensor forward(Tensor x, int batch, boolean training) {
        this.batch = batch;
        if (appliedByLayerBefore) {
            output = x; // already activated; backward reads the derivative off it, and it lives as long as before
            return x;
        }
        long started = Sections.start();
        output = Layer.atLeast(output, batch * size);
        Tensor y = output;
        Chunks.blocks(batch * size, (start, n, v, unused1, unused2, unused3) -> {
            x.get(start, v, 0, n);
            apply(v, n);
            y.put(start, v, 0, n);
        });
        Sections.end("activations", started);
        return output;
    }

    @Override
    public final Tensor backward(Tensor dy, boolean paramGradients, boolean wantInputGradient) {
        if (!wantInputGradient) {
            return null;
        }
        if (derivativeAppliedByLayerAfter) {
            return dy; // already multiplied by the derivative
        }
        long started = Sections.start();
        inputGradient = Layer.atLeast(inputGradient, batch * size);
        Tensor dx = inputGradient;
        Tensor y = output;
        Chunks.blocks(batch * size, (start, n, g, out, unused1, unused2) -> {
            dy.get(start, g, 0, n);
            y.get(start, out, 0, n);
            multiplyByDerivative(g, out, n);
            dx.put(start, g, 0, n);
        });
        Sections.end("activations", started);
        return inputGradient;
    }

    @Override
    public final List<Param> params() {
        return List.of();
    }

    @Override
    public final void initialise(SplittableRandom random) {
        // nothing to learn
    }

    final int size() {
        return size;
    }
}
