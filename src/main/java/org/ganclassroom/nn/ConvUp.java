package org.ganclassroom.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * ConvTranspose2d(in, out, kernel 4, stride 2, padding 1): a small×small×in map to a big×big×out one
 * (NHWC), the exact adjoint of {@link ConvDown}'s geometry. Forward is one GEMM with W [in, 16*out]
 * giving every input pixel's 4x4 footprint, then a scatter that sums overlapping footprints.
 */
public final class ConvUp implements Layer, FusesActivation {

    private final int in;
    private final int out;
    private final int small;
    private final Param weight;
    private final Param bias;
    private Tensor input;
    private Tensor footprints;
    private Tensor output;
    private Tensor inputGradient;
    private int batch;
    private Activation then;

    /** @param smallSide the input's side (7 or 14); the output's is twice it */
    public ConvUp(String name, int in, int out, int smallSide) {
        this.in = in;
        this.out = out;
        this.small = smallSide;
        this.weight = Param.trainable(name + ".W", in * Patches.TAPS * out);
        this.bias = Param.trainable(name + ".b", out);
    }

    @Override
    public void applyAfter(Activation activation) {
        then = activation;
    }

    @Override
    public int inputSize() {
        return small * small * in;
    }

    @Override
    public int outputSize() {
        return 4 * small * small * out;
    }

    @Override
    public Tensor forward(Tensor x, int batch, boolean training) {
        this.input = x;
        this.batch = batch;
        int rows = batch * small * small;
        footprints = Layer.atLeast(footprints, rows * Patches.TAPS * out);
        output = Layer.atLeast(output, batch * outputSize());
        Blas.gemm(false, false, rows, Patches.TAPS * out, in, 1f, x, weight.value(), 0f, footprints);
        Patches.scatterAddWithBias(footprints, batch, small, out, output, bias.value(), then);
        return output;
    }

    @Override
    public Tensor backward(Tensor dy, boolean paramGradients, boolean wantInputGradient) {
        int rows = batch * small * small;
        int footprintLength = Patches.TAPS * out;
        // The footprint buffer is free now: reuse it for the gathered output gradient.
        Patches.gather(dy, batch, small, out, footprints);
        if (paramGradients) {
            Blas.gemm(true, false, in, footprintLength, rows, 1f, input, footprints, 0f, weight.gradient());
            Rows.sumRows(dy, batch * 4 * small * small, out, bias.gradient());
        }
        if (!wantInputGradient) {
            return null;
        }
        inputGradient = Layer.atLeast(inputGradient, rows * in);
        Blas.gemm(false, true, rows, in, footprintLength, 1f, footprints, weight.value(), 0f, inputGradient);
        return inputGradient;
    }

    @Override
    public List<Param> params() {
        return List.of(weight, bias);
    }

    @Override
    public void initialise(SplittableRandom random) {
        // PyTorch computes ConvTranspose2d's fan-in from weight dim 1: out channels x kernel area.
        Layer.uniformFanIn(weight.value(), Patches.TAPS * out, random);
        Layer.uniformFanIn(bias.value(), Patches.TAPS * out, random);
    }

    @Override
    public String describe() {
        return "ConvT 4x4/2 " + small + "x" + small + "x" + in + " -> " + 2 * small + "x" + 2 * small + "x" + out;
    }
}
