package org.ganclassroom.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A layer followed by an activation in one {@link Sequential} applies the activation in its own last pass
 * ({@link FusesActivation}); a convolution after an activation applies its derivative
 * ({@link FoldsInputDerivative}). The fused network must give exactly what the two layers give run one at a
 * time, each in a network of its own (where nothing is fused), forward and backward.
 */
class FusedActivationTest {

    private static final int BATCH = 4;

    @Test
    void denseThenLeakyRelu() {
        same(() -> new Dense("d", 6, 5), () -> new LeakyRelu(5, 0.2));
    }

    @Test
    void convolutionDownThenLeakyRelu() {
        same(() -> new ConvDown("c", 2, 3, 6), () -> new LeakyRelu(3 * 3 * 3, 0.2));
    }

    @Test
    void convolutionUpThenTanh() {
        same(() -> new ConvUp("u", 3, 1, 3), () -> new Tanh(6 * 6));
    }

    @Test
    void batchNormThenLeakyRelu() {
        same(() -> new BatchNorm("b", 4, 3), () -> new LeakyRelu(12, 0));
    }

    /** The activation's derivative is applied by the convolution after it, in its scatter. */
    @Test
    void leakyReluThenConvolutionDown() {
        same(() -> new LeakyRelu(6 * 6 * 2, 0.2), () -> new ConvDown("c", 2, 3, 6));
    }

    /** D's own chain: the first convolution applies the activation, the second its derivative. */
    @Test
    void convolutionActivationConvolution() {
        same(() -> new ConvDown("c1", 1, 2, 12), () -> new LeakyRelu(6 * 6 * 2, 0.2),
                () -> new ConvDown("c2", 2, 3, 6));
    }

    /** Runs the layers as one network (fused where they can be) and each in a network of its own. */
    @SafeVarargs
    private static void same(Supplier<Layer>... layers) {
        List<Layer> fusedLayers = java.util.Arrays.stream(layers).map(Supplier::get).toList();
        Sequential fused = new Sequential(fusedLayers);
        List<Sequential> alone = java.util.Arrays.stream(layers).map(l -> new Sequential(List.of(l.get()))).toList();
        fused.initialise(new SplittableRandom(7));
        // the fused network's layers draw their weights in turn from one stream: so do the lone ones
        SplittableRandom weights = new SplittableRandom(7);
        for (Sequential network : alone) {
            network.initialise(weights);
        }

        SplittableRandom random = new SplittableRandom(11);
        Tensor x = gaussian(BATCH * fused.inputSize(), random);
        Tensor dy = gaussian(BATCH * fused.outputSize(), random);

        float[] fusedOut = fused.forward(x, BATCH, true).toArray();
        float[] fusedDx = fused.backward(dy, true, true).toArray();
        Tensor y = x;
        for (Sequential network : alone) {
            y = network.forward(y, BATCH, true);
        }
        Tensor g = dy;
        for (int i = alone.size() - 1; i >= 0; i--) {
            g = alone.get(i).backward(g, true, true);
        }

        assertArrayEquals(y.toArray(), fusedOut, 0f, "forward");
        assertArrayEquals(g.toArray(), fusedDx, 0f, "input gradient");
        List<Param> aloneParams = alone.stream().flatMap(n -> n.params().stream()).toList();
        for (int p = 0; p < fused.params().size(); p++) {
            Param a = aloneParams.get(p);
            if (a.isTrainable()) {
                assertArrayEquals(a.gradient().toArray(), fused.params().get(p).gradient().toArray(), 0f, a.name());
            }
        }
    }

    private static Tensor gaussian(int size, SplittableRandom random) {
        Tensor t = new Tensor(size);
        for (int i = 0; i < size; i++) {
            t.set(i, (float) random.nextGaussian());
        }
        return t;
    }
}
