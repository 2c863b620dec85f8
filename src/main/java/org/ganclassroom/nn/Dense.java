package org.ganclassroom.nn;

import java.util.List;
import java.util.SplittableRandom;

/** Fully connected: y = x W + b with W stored [in, out] (row-major), so both passes are single GEMMs. */
public final class Dense implements Layer, FusesActivation {

    private final int in;
    private final int out;
    private final Param weight;
    private final Param bias;
    private Tensor input;
    private Tensor output;
    private Tensor inputGradient;
    private int batch;
    private Activation then;

    public Dense(String name, int in, int out) {
        this.in = in;
        this.out = out;
        this.weight = Param.trainable(name + ".W", in * out);
        this.bias = Param.trainable(name + ".b", out);
    }

    @Override
    public void applyAfter(Activation activation) {
        then = activation;
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    @Override
    public Tensor forward(Tensor x, int batch, boolean training) {
        this.input = x;
        this.batch = batch;
        output = Layer.atLeast(output, batch * out);
        AffineRows.forward(batch, in, out, x, weight, bias, output, then);
        return output;
    }

    @Override
    public Tensor backward(Tensor dy, boolean paramGradients, boolean wantInputGradient) {
        if (paramGradients) {
            AffineRows.parameterGradients(batch, in, out, input, dy, weight, bias);
        }
        if (!wantInputGradient) {
            return null;
        }
        inputGradient = Layer.atLeast(inputGradient, batch * in);
        AffineRows.inputGradient(batch, in, out, dy, weight, inputGradient);
        return inputGradient;
    }

    @Override
    public List<Param> params() {
        return List.of(weight, bias);
    }

    @Override
    public void initialise(SplittableRandom random) {
        Layer.uniformFanIn(weight.value(), in, random);
        Layer.uniformFanIn(bias.value(), in, random);
    }

    @Override
    public String describe() {
        return "Dense " + in + " -> " + out;
    }
}
