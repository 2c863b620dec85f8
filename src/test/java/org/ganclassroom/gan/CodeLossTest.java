package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.ganclassroom.nn.Tensor;
import org.junit.jupiter.api.Test;

/** The InfoGAN code gradient is hand-written; the classroom preset (and the tuning harness) rest on it. */
class CodeLossTest {

    private static final int ROWS = 6;
    private static final int WIDTH = 4; // realness logit + 3 code logits
    private static final int FIRST_FAKE = 2;
    private static final int[] CODES = {2, 0, 1, 2};
    private static final float LAMBDA = 1.5f;

    @Test
    void codeGradientIsTheDerivativeOfTheMeanCrossEntropyOverFakes() {
        SplittableRandom random = new SplittableRandom(3);
        float[] outputs = new float[ROWS * WIDTH];
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = (float) random.nextGaussian();
        }
        Tensor realness = new Tensor(ROWS);
        for (int r = 0; r < ROWS; r++) {
            realness.set(r, 0.1f * (r + 1));
        }
        Tensor gradient = CodeLoss.withCodeGradient(realness, Tensor.of(outputs), ROWS, WIDTH, FIRST_FAKE, CODES,
                LAMBDA);
        double h = 1e-3;
        for (int r = 0; r < ROWS; r++) {
            assertEquals(0.1f * (r + 1), gradient.get(r * WIDTH), 1e-7, "realness gradient passes through");
            for (int j = 1; j < WIDTH; j++) {
                int i = r * WIDTH + j;
                float saved = outputs[i];
                outputs[i] = (float) (saved + h);
                double up = codeLoss(outputs);
                outputs[i] = (float) (saved - h);
                double down = codeLoss(outputs);
                outputs[i] = saved;
                assertEquals((up - down) / (2 * h), gradient.get(i), 1e-3, "row " + r + " column " + j);
            }
        }
    }

    /** LAMBDA times the mean, over the fake rows, of -log softmax(code logits)[code]. */
    private static double codeLoss(float[] outputs) {
        double total = 0;
        for (int r = FIRST_FAKE; r < ROWS; r++) {
            double sum = 0;
            for (int j = 1; j < WIDTH; j++) {
                sum += Math.exp(outputs[r * WIDTH + j]);
            }
            total -= Math.log(Math.exp(outputs[r * WIDTH + 1 + CODES[r - FIRST_FAKE]]) / sum);
        }
        return LAMBDA * total / (ROWS - FIRST_FAKE);
    }

    @Test
    void realClusterGradientIsTheDerivativeOfConditionalMinusMarginalEntropy() {
        SplittableRandom random = new SplittableRandom(5);
        float[] outputs = new float[ROWS * WIDTH];
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = (float) (2 * random.nextGaussian());
        }
        Tensor gradient = new Tensor(ROWS * WIDTH);
        gradient.set(0, 0.25f); // what is there already (the realness gradient) is kept
        CodeLoss.addRealClusterGradient(gradient, Tensor.of(outputs), FIRST_FAKE + 1, WIDTH, LAMBDA);
        assertEquals(0.25f, gradient.get(0), 1e-7);
        double h = 1e-3;
        for (int r = 0; r < ROWS; r++) {
            for (int j = 1; j < WIDTH; j++) {
                int i = r * WIDTH + j;
                float saved = outputs[i];
                outputs[i] = (float) (saved + h);
                double up = clusterLoss(outputs, FIRST_FAKE + 1);
                outputs[i] = (float) (saved - h);
                double down = clusterLoss(outputs, FIRST_FAKE + 1);
                outputs[i] = saved;
                assertEquals((up - down) / (2 * h), gradient.get(i), 1e-3, "row " + r + " column " + j);
            }
        }
    }

    @Test
    void realClusterLossIsLowestForConfidentBalancedGuesses() {
        float[] balanced = new float[3 * WIDTH];
        float[] allSame = new float[3 * WIDTH];
        for (int r = 0; r < 3; r++) {
            balanced[r * WIDTH + 1 + r] = 8f;
            allSame[r * WIDTH + 1] = 8f;
        }
        org.junit.jupiter.api.Assertions.assertTrue(clusterLoss(balanced, 3) < clusterLoss(allSame, 3) - 0.5);
    }

    /** LAMBDA × (mean over the first rows of H(softmax) − H(mean softmax)). */
    private static double clusterLoss(float[] outputs, int reals) {
        int values = WIDTH - 1;
        double[] mean = new double[values];
        double conditional = 0;
        for (int r = 0; r < reals; r++) {
            double sum = 0;
            for (int j = 0; j < values; j++) {
                sum += Math.exp(outputs[r * WIDTH + 1 + j]);
            }
            for (int j = 0; j < values; j++) {
                double p = Math.exp(outputs[r * WIDTH + 1 + j]) / sum;
                conditional -= p * Math.log(p) / reals;
                mean[j] += p / reals;
            }
        }
        double marginal = 0;
        for (double m : mean) {
            marginal -= m * Math.log(m);
        }
        return LAMBDA * (conditional - marginal);
    }
}
