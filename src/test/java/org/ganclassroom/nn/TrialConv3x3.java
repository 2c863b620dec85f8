package org.ganclassroom.nn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Conv2d(in, out, kernel 3, stride 1, padding 1), NHWC, as patch gathering plus one GEMM like
 * {@link ConvDown}. Used by {@code tuning.TuningRun} for the extra-layer and upsample + convolution
 * candidates; no preset uses it (docs/performance.md, "Tuning the classroom preset").
 */
public final class TrialConv3x3 implements Layer {

    private static final int TAPS = 9;
    private final int side;
    private final int in;
    private final int out;
    private final Param weight;
    private final Param bias;
    private Tensor patches;
    private Tensor output;
    private Tensor patchGradient;
    private Tensor inputGradient;
    private int batch;

    public TrialConv3x3(String name, int in, int out, int side) {
        this.in = in;
        this.out = out;
        this.side = side;
        this.weight = Param.trainable(name + ".W", TAPS * in * out);
        this.bias = Param.trainable(name + ".b", out);
    }

    @Override
    public int inputSize() {
        return side * side * in;
    }

    @Override
    public int outputSize() {
        return side * side * out;
    }

    @Override
    public Tensor forward(Tensor x, int batch, boolean training) {
        this.batch = batch;
        int rows = batch * side * side;
        patches = Layer.atLeast(patches, rows * TAPS * in);
        output = Layer.atLeast(output, rows * out);
        float[] zeros = new float[in];
        Parallel.range(rows, (from, to) -> {
            for (int row = from; row < to; row++) {
                int at = row * TAPS * in;
                for (int tap = 0; tap < TAPS; tap++, at += in) {
                    int source = neighbour(row, tap);
                    if (source < 0) {
                        patches.put(at, zeros, 0, in);
                    } else {
                        patches.copyFrom(x, source * in, at, in);
                    }
                }
            }
        });
        AffineRows.forward(rows, TAPS * in, out, patches, weight, bias, output, null);
        return output;
    }

    @Override
    public Tensor backward(Tensor dy, boolean paramGradients, boolean wantInputGradient) {
        int rows = batch * side * side;
        int patchLength = TAPS * in;
        if (paramGradients) {
            AffineRows.parameterGradients(rows, patchLength, out, patches, dy, weight, bias);
        }
        if (!wantInputGradient) {
            return null;
        }
        patchGradient = Layer.atLeast(patchGradient, rows * patchLength);
        inputGradient = Layer.atLeast(inputGradient, batch * inputSize());
        AffineRows.inputGradient(rows, patchLength, out, dy, weight, patchGradient);
        // Pixel p's gradient gathers tap t of every neighbour q whose tap t read p (tap 8 - t of p reads q).
        Parallel.range(rows, (from, to) -> {
            float[] sum = new float[in];
            float[] run = new float[in];
            for (int row = from; row < to; row++) {
                Arrays.fill(sum, 0f);
                for (int tap = 0; tap < TAPS; tap++) {
                    int reader = neighbour(row, TAPS - 1 - tap);
                    if (reader >= 0) {
                        patchGradient.get(reader * patchLength + tap * in, run, 0, in);
                        for (int c = 0; c < in; c++) {
                            sum[c] += run[c];
                        }
                    }
                }
                inputGradient.put(row * in, sum, 0, in);
            }
        });
        return inputGradient;
    }

    /** The pixel (as a row index) under tap 0..8 of the 3x3 window centred on {@code row}, or -1 off the edge. */
    private int neighbour(int row, int tap) {
        int y = (row / side) % side + tap / 3 - 1;
        int x = row % side + tap % 3 - 1;
        return y < 0 || y >= side || x < 0 || x >= side ? -1 : row + (tap / 3 - 1) * side + tap % 3 - 1;
    }

    @Override
    public List<Param> params() {
        return List.of(weight, bias);
    }

    @Override
    public String describe() {
        return "Conv 3x3/1 " + side + "x" + side + "x" + in + " -> " + side + "x" + side + "x" + out;
    }

    @Override
    public void initialise(SplittableRandom random) {
        Layer.uniformFanIn(weight.value(), TAPS * in, random);
        Layer.uniformFanIn(bias.value(), TAPS * in, random);
    }
}
