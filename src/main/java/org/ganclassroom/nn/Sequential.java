package org.ganclassroom.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** Layers applied one after another; the backward pass runs them in reverse. */
public final class Sequential {

    private final List<Layer> layers;
    /** Per-layer time in forward and backward passes, only while profiling (bench --profile). */
    private long[] forwardNanos;
    private long[] backwardNanos;

    public Sequential(List<Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputSize() != layers.get(i - 1).outputSize()) {
                throw new IllegalArgumentException("layer " + i + " takes " + layers.get(i).inputSize()
                        + " values per example but layer " + (i - 1) + " gives " + layers.get(i - 1).outputSize());
            }
        }
        this.layers = List.copyOf(layers);
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i) instanceof Activation activation && layers.get(i - 1) instanceof FusesActivation before) {
                before.applyAfter(activation);
                activation.appliedByLayerBefore();
            }
            if (layers.get(i - 1) instanceof Activation activation && layers.get(i) instanceof FoldsInputDerivative after) {
                after.multiplyInputGradientByDerivativeOf(activation);
                activation.derivativeAppliedByLayerAfter();
            }
        }
    }

    public int inputSize() {
        return layers.get(0).inputSize();
    }

    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    /** The returned tensor is this network's own buffer: valid until its next forward pass. */
    public Tensor forward(Tensor input, int batch, boolean training) {
        if (input.size() < batch * inputSize()) {
            throw new IllegalArgumentException("input holds " + input.size() + " values, not " + batch + " x "
                    + inputSize());
        }
        Tensor x = input;
        for (int i = 0; i < layers.size(); i++) {
            long start = forwardNanos == null ? 0 : System.nanoTime();
            x = layers.get(i).forward(x, batch, training);
            if (forwardNanos != null) {
                forwardNanos[i] += System.nanoTime() - start;
            }
        }
        return x;
    }

    /**
     * Backpropagates the gradient at the output of the last forward pass. Parameter gradients are written
     * when {@code paramGradients}; the gradient at the network's input is returned when
     * {@code inputGradient} (else null), e.g. to carry D's verdict back into G.
     */
    public Tensor backward(Tensor outputGradient, boolean paramGradients, boolean inputGradient) {
        Tensor g = outputGradient;
        for (int i = layers.size() - 1; i >= 0; i--) {
            long start = backwardNanos == null ? 0 : System.nanoTime();
            g = layers.get(i).backward(g, paramGradients, i > 0 || inputGradient);
            if (backwardNanos != null) {
                backwardNanos[i] += System.nanoTime() - start;
            }
        }
        return g;
    }

    public List<Param> params() {
        List<Param> all = new ArrayList<>();
        for (Layer layer : layers) {
            all.addAll(layer.params());
        }
        return Collections.unmodifiableList(all);
    }

    public long trainableCount() {
        return params().stream().filter(Param::isTrainable).mapToLong(Param::size).sum();
    }

    public void initialise(SplittableRandom random) {
        for (Layer layer : layers) {
            layer.initialise(random);
        }
    }

    /** Starts (or restarts from zero) timing every layer's passes. */
    public void startProfiling() {
        forwardNanos = new long[layers.size()];
        backwardNanos = new long[layers.size()];
    }

    /** Nanoseconds spent in layer i's forward passes since {@link #startProfiling}. */
    public long forwardNanos(int i) {
        return forwardNanos == null ? 0 : forwardNanos[i];
    }

    public long backwardNanos(int i) {
        return backwardNanos == null ? 0 : backwardNanos[i];
    }

    public List<Layer> layers() {
        return layers;
    }
}
