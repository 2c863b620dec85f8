package org.ganclassroom.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A layer followed by an activation in one {@link Sequential} applies the activation in its own last pass
 * ({@link FusesActivation}). The fused network must give exactly what the two layers give run one at a
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

    private static void same(Supplier<Layer> layer, Supplier<Activation> activation) {
        Layer fusedLayer = layer.get();
        Sequential fused = new Sequential(List.of(fusedLayer, activation.get()));
        Layer aloneLayer = layer.get();
        Sequential first = new Sequential(List.of(aloneLayer));
        Sequential second = new Sequential(List.of(activation.get()));
        fused.initialise(new SplittableRandom(7));
        first.initialise(new SplittableRandom(7));

        SplittableRandom random = new SplittableRandom(11);
        Tensor x = gaussian(BATCH * fused.inputSize(), random);
        Tensor dy = gaussian(BATCH * fused.outputSize(), random);

        float[] fusedOut = fused.forward(x, BATCH, true).toArray();
        float[] fusedDx = fused.backward(dy, true, true).toArray();
        float[] aloneOut = second.forward(first.forward(x, BATCH, true), BATCH, true).toArray();
        float[] aloneDx = first.backward(second.backward(dy, true, true), true, true).toArray();

        assertArrayEquals(aloneOut, fusedOut, 0f, "forward");
        assertArrayEquals(aloneDx, fusedDx, 0f, "input gradient");
        for (int p = 0; p < fused.params().size(); p++) {
            Param a = first.params().get(p);
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
