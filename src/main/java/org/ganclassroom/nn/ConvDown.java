package org.ganclassroom.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Conv2d(in, out, kernel 4, stride 2, padding 1): a big×big×in image to a small×small×out map (NHWC).
 * Forward is patch gathering plus one GEMM with W [16*in, out]; the weight gradient is one GEMM over the
 * stored patches; the input gradient one GEMM and a scatter back.
 */
public final class ConvDown implements Layer, FusesActivation, FoldsInputDerivative {

    private final int in;
    private final int out;
    private final int small;
    private final Param weight;
    private final Param bias;
    private Tensor patches;
    private Tensor output;
    private Tensor patchGradient;
    private Tensor inputGradient;
    private int batch;
    private Activation then;
    private Activation before;
    private Tensor input;

    /** @param bigSide the input's side (28 or 14); the output's is half of it */
    public ConvDown(String name, int in, int out, int bigSide) {
        if (bigSide % 2 != 0) {
            throw new IllegalArgumentException("input side must be even, not " + bigSide);
        }
        this.in = in;
        this.out = out;
        this.small = bigSide / 2;
        this.weight = Param.trainable(name + ".W", Patches.TAPS * in * out);
        this.bias = Param.trainable(name + ".b", out);
    }

    @Override
    public void applyAfter(Activation activation) {
        then = activation;
    }

    @Override
    public void multiplyInputGradientByDerivativeOf(Activation activation) {
        before = activation;
    }

    @Override
    public int inputSize() {
        return 4 * small * small * in;
    }

    @Override
    public int outputSize() {
        return small * small * out;
    }

    @Override
    public Tensor forward(Tensor x, int batch, boolean training) {
        this.batch = batch;
        this.input = x;
        int rows = batch * small * small;
        patches = Layer.atLeast(patches, rows * Patches.TAPS * in);
        output = Layer.atLeast(output, rows * out);
        Patches.gather(x, batch, small, in, patches);
        AffineRows.forward(rows, Patches.TAPS * in, out, patches, weight, bias, output, then);
        return output;
    }

    @Override
    public Tensor backward(Tensor dy, boolean paramGradients, boolean wantInputGradient) {
        int rows = batch * small * small;
        int patchLength = Patches.TAPS * in;
        if (paramGradients) {
            AffineRows.parameterGradients(rows, patchLength, out, patches, dy, weight, bias);
        }
        if (!wantInputGradient) {
            return null;
        }
        patchGradient = Layer.atLeast(patchGradient, rows * patchLength);
        inputGradient = Layer.atLeast(inputGradient, batch * inputSize());
        AffineRows.inputGradient(rows, patchLength, out, dy, weight, patchGradient);
        if (before == null) {
            Patches.scatterAdd(patchGradient, batch, small, in, inputGradient);
        } else {
            Patches.scatterAddTimesDerivative(patchGradient, batch, small, in, inputGradient, before, input);
        }
        return inputGradient;
    }

    @Override
    public List<Param> params() {
        return List.of(weight, bias);
    }

    @Override
    public void initialise(SplittableRandom random) {
        Layer.uniformFanIn(weight.value(), Patches.TAPS * in, random);
        Layer.uniformFanIn(bias.value(), Patches.TAPS * in, random);
    }

    @Override
    public String describe() {
        return "Conv 4x4/2 " + 2 * small + "x" + 2 * small + "x" + in + " -> " + small + "x" + small + "x" + out;
    }
}
