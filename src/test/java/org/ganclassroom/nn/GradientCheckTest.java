package org.ganclassroom.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every layer's backward pass against central finite differences of its forward pass, on a loss
 * L = sum(output * r) with random r. float32 limits the agreement to about three digits, far tighter than
 * any wrong index or missing term would give.
 */
class GradientCheckTest {

    private static final int BATCH = 3;
    // Small enough that a LeakyReLU input rarely crosses zero within it, large enough for float32.
    private static final double STEP = 1e-3;

    @Test
    void dense() {
        check(new Dense("t", 5, 4), true);
    }

    @Test
    void convolutionDown() {
        check(new ConvDown("t", 3, 4, 6), true);
    }

    @Test
    void convolutionUp() {
        check(new ConvUp("t", 3, 2, 3), true);
    }

    @Test
    void batchNormOverExamplesAndOverPixels() {
        check(new BatchNorm("t", 4, 1), true);
        check(new BatchNorm("t", 3, 5), true);
    }

    @Test
    void activations() {
        check(new LeakyRelu(7, 0.2), true);
        check(new Tanh(7), true);
    }

    @Test
    void layersThatApplyTheFollowingActivationThemselves() {
        checkNetwork(new Sequential(List.of(new Dense("d", 5, 4), new LeakyRelu(4, 0.2), new BatchNorm("b", 4, 1),
                new Tanh(4))));
    }

    @Test
    void tuningTrialLayers() {
        check(new TrialConv3x3("t", 3, 2, 4), true);
        check(new TrialUpsample2x(3, 2), true);
        check(new LeakyRelu(7, 0), true);
    }

    @Test
    void dropoutZeroesAboutItsRateScalesTheRestAndPassesGradientsThroughTheSameMask() {
        TrialDropout dropout = new TrialDropout(1000, 0.3, 5);
        Tensor ones = new Tensor(2000);
        ones.fill(1f);
        float[] out = dropout.forward(ones, 2, true).toArray();
        float[] back = dropout.backward(ones, false, true).toArray();
        int zeros = 0;
        for (int i = 0; i < out.length; i++) {
            zeros += out[i] == 0 ? 1 : 0;
            assertTrue(out[i] == 0 || Math.abs(out[i] - 1 / 0.7f) < 1e-6, "kept values are scaled by 1/(1 - rate)");
            assertEquals(out[i], back[i], "the gradient uses the forward pass's mask");
        }
        assertTrue(zeros > 500 && zeros < 700, zeros + " of 2000 dropped at rate 0.3");
        assertEquals(1f, dropout.forward(ones, 2, false).get(7), "inference passes inputs through");
    }

    @Test
    void wholeGeneratorAndDiscriminatorShapes() {
        Sequential g = new Sequential(List.of(new Dense("g", 4, 4 * 3), new BatchNorm("b", 4 * 3, 1),
                new LeakyRelu(12, 0.2), new ConvUp("u", 3, 2, 2), new Tanh(32)));
        Sequential d = new Sequential(List.of(new ConvDown("c", 2, 3, 4), new LeakyRelu(12, 0.2),
                new Dense("o", 12, 1)));
        checkNetwork(g);
        checkNetwork(d);
    }

    @Test
    void sigmoidCrossEntropyGradientIsProbabilityMinusTargetOverN() {
        Tensor logits = Tensor.of(new float[] {2f, -1f, 0.5f, -3f});
        float[] targets = {1, 0, 0, 1};
        float[] p = new float[4];
        Tensor gradient = new Tensor(4);
        double loss = SigmoidCrossEntropy.lossAndGradient(logits, targets, p, gradient);
        double expected = 0;
        for (int i = 0; i < 4; i++) {
            double pi = 1 / (1 + Math.exp(-logits.get(i)));
            assertEquals(pi, p[i], 1e-6);
            expected += -(targets[i] * Math.log(pi) + (1 - targets[i]) * Math.log(1 - pi)) / 4;
            assertEquals((pi - targets[i]) / 4, gradient.get(i), 1e-6);
        }
        assertEquals(expected, loss, 1e-6);
    }

    private static void check(Layer layer, boolean training) {
        checkNetwork(new Sequential(List.of(layer)));
    }

    private static void checkNetwork(Sequential net) {
        SplittableRandom random = new SplittableRandom(42);
        net.initialise(random);
        // Non-trivial BatchNorm affine parameters, so gamma and beta matter in the check.
        for (Param p : net.params()) {
            if (p.isTrainable() && (p.name().endsWith("gamma") || p.name().endsWith("beta"))) {
                for (int i = 0; i < p.size(); i++) {
                    p.value().set(i, (float) (0.5 + random.nextDouble()));
                }
            }
        }
        Tensor x = randomTensor(BATCH * net.inputSize(), random);
        Tensor r = randomTensor(BATCH * net.outputSize(), random);

        net.forward(x, BATCH, true);
        float[] inputGradient = net.backward(r, true, true).toArray();
        List<float[]> paramGradients = net.params().stream().filter(Param::isTrainable)
                .map(p -> p.gradient().toArray()).toList();

        for (int i = 0; i < x.size(); i++) {
            assertClose(numeric(net, x, r, x, i), inputGradient[i], "input " + i);
        }
        int k = 0;
        for (Param p : net.params()) {
            if (!p.isTrainable()) {
                continue;
            }
            float[] analytic = paramGradients.get(k++);
            for (int i = 0; i < p.size(); i++) {
                assertClose(numeric(net, x, r, p.value(), i), analytic[i], p.name() + "[" + i + "]");
            }
        }
    }

    private static double numeric(Sequential net, Tensor x, Tensor r, Tensor wiggled, int index) {
        float original = wiggled.get(index);
        wiggled.set(index, (float) (original + STEP));
        double up = loss(net, x, r);
        wiggled.set(index, (float) (original - STEP));
        double down = loss(net, x, r);
        wiggled.set(index, original);
        return (up - down) / (2 * STEP);
    }

    private static double loss(Sequential net, Tensor x, Tensor r) {
        Tensor y = net.forward(x, BATCH, true);
        double sum = 0;
        for (int i = 0; i < BATCH * net.outputSize(); i++) {
            sum += (double) y.get(i) * r.get(i);
        }
        return sum;
    }

    private static void assertClose(double numeric, double analytic, String what) {
        double tolerance = 2e-3 + 2e-2 * Math.max(Math.abs(numeric), Math.abs(analytic));
        assertTrue(Math.abs(numeric - analytic) <= tolerance,
                what + ": finite differences say " + numeric + ", backward says " + analytic);
    }

    private static Tensor randomTensor(int size, SplittableRandom random) {
        Tensor t = new Tensor(size);
        for (int i = 0; i < size; i++) {
            t.set(i, (float) random.nextGaussian());
        }
        return t;
    }
}
