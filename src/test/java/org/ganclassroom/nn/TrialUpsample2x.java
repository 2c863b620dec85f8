package org.ganclassroom.nn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Nearest-neighbour 2x upsampling (NHWC), for the "upsample + convolution" generator tried in
 * {@code tuning.TuningRun}. Lives with the tests because no preset uses it (docs/performance.md says why).
 */
public final class TrialUpsample2x implements Layer {

    private final int side;
    private final int channels;
    private Tensor output;
    private Tensor inputGradient;
    private int batch;

    public TrialUpsample2x(int side, int channels) {
        this.side = side;
        this.channels = channels;
    }

    @Override
    public int inputSize() {
        return side * side * channels;
    }

    @Override
    public int outputSize() {
        return 4 * inputSize();
    }

    @Override
    public Tensor forward(Tensor x, int batch, boolean training) {
        this.batch = batch;
        output = Layer.atLeast(output, batch * outputSize());
        Parallel.range(batch * side, (from, to) -> {
            for (int line = from; line < to; line++) {
                for (int x0 = 0; x0 < side; x0++) {
                    int source = (line * side + x0) * channels;
                    for (int tap = 0; tap < 4; tap++) {
                        output.copyFrom(x, source, bigIndex(line, x0, tap), channels);
                    }
                }
            }
        });
        return output;
    }

    @Override
    public Tensor backward(Tensor dy, boolean paramGradients, boolean wantInputGradient) {
        if (!wantInputGradient) {
            return null;
        }
        inputGradient = Layer.atLeast(inputGradient, batch * inputSize());
        Parallel.range(batch * side, (from, to) -> {
            float[] sum = new float[channels];
            float[] run = new float[channels];
            for (int line = from; line < to; line++) {
                for (int x0 = 0; x0 < side; x0++) {
                    Arrays.fill(sum, 0f);
                    for (int tap = 0; tap < 4; tap++) {
                        dy.get(bigIndex(line, x0, tap), run, 0, channels);
                        for (int c = 0; c < channels; c++) {
                            sum[c] += run[c];
                        }
                    }
                    inputGradient.put((line * side + x0) * channels, sum, 0, channels);
                }
            }
        });
        return inputGradient;
    }

    /** Where small pixel (line = n * side + y, x) lands in the big image for tap 0..3 of its 2x2 block. */
    private int bigIndex(int line, int x, int tap) {
        int n = line / side;
        int y = line % side;
        int big = 2 * side;
        return ((n * big + 2 * y + tap / 2) * big + 2 * x + tap % 2) * channels;
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public String describe() {
        return "Upsample 2x " + side + "x" + side + "x" + channels;
    }

    @Override
    public void initialise(SplittableRandom random) {
    }
}
