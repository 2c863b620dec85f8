package org.ganclassroom.gan.toy;

import java.util.List;
import java.util.SplittableRandom;
import org.ganclassroom.nn.Adam;
import org.ganclassroom.nn.Dense;
import org.ganclassroom.nn.LeakyRelu;
import org.ganclassroom.nn.Sequential;
import org.ganclassroom.nn.SigmoidCrossEntropy;
import org.ganclassroom.nn.Tensor;

/**
 * A GAN small enough to watch in two dimensions, built from the engine's own layers: G turns 2 Gaussian
 * numbers into a point, D tells real points from G's. Each {@link #step} trains D once and G once (the
 * 2014 algorithm with k = 1, non-saturating G loss), and {@link #frame} reports what the lab draws: the
 * points, D's verdict over the whole plane, and where G's gradient pushes each fake. Not thread-safe:
 * one thread (the window's lesson thread) owns it.
 */
public final class ToyGan {

    public static final int BATCH = 256;
    /** The heat-map's cells per side over [-{@link #EXTENT}, {@link #EXTENT}]. */
    public static final int HEAT = 48;
    public static final float EXTENT = 2.2f;
    private static final int WIDTH = 64;

    private final Sequential generator;
    private final Sequential discriminator;
    private final Adam generatorOptimizer;
    private final Adam discriminatorOptimizer;
    private final SplittableRandom random;
    private Distribution distribution;
    private long step;
    private double discriminatorLoss = Double.NaN;
    private double generatorLoss = Double.NaN;

    private final float[] real = new float[BATCH * 2];
    private final float[] fake = new float[BATCH * 2];
    private final float[] push = new float[BATCH * 2];
    private final float[] probabilities = new float[2 * BATCH];
    private final Tensor noise = new Tensor(BATCH * 2);
    private final Tensor both = new Tensor(2 * BATCH * 2);
    private final Tensor logitGradient = new Tensor(2 * BATCH);
    private final Tensor grid = new Tensor(HEAT * HEAT * 2);

    public ToyGan(Distribution distribution, long seed) {
        this.distribution = distribution;
        this.random = new SplittableRandom(seed);
        generator = new Sequential(List.of(new Dense("g1", 2, WIDTH), new LeakyRelu(WIDTH, 0.2),
                new Dense("g2", WIDTH, WIDTH), new LeakyRelu(WIDTH, 0.2), new Dense("g3", WIDTH, 2)));
        discriminator = new Sequential(List.of(new Dense("d1", 2, WIDTH), new LeakyRelu(WIDTH, 0.2),
                new Dense("d2", WIDTH, WIDTH), new LeakyRelu(WIDTH, 0.2), new Dense("d3", WIDTH, 1)));
        generator.initialise(new SplittableRandom(seed + 1));
        discriminator.initialise(new SplittableRandom(seed + 2));
        generatorOptimizer = new Adam(generator.params(), 1e-3, 0.5);
        discriminatorOptimizer = new Adam(discriminator.params(), 1e-3, 0.5);
        for (int y = 0; y < HEAT; y++) {
            for (int x = 0; x < HEAT; x++) {
                grid.set(2 * (y * HEAT + x), coordinate(x));
                grid.set(2 * (y * HEAT + x) + 1, coordinate(HEAT - 1 - y));
            }
        }
        drawFakes();
    }

    /** The centre of heat-map cell {@code i} (0 = left or bottom). */
    public static float coordinate(int i) {
        return -EXTENT + (i + 0.5f) * 2 * EXTENT / HEAT;
    }

    /** New real data from the next step on; the networks keep what they learned. */
    public void setDistribution(Distribution next) {
        distribution = next;
    }

    public Distribution distribution() {
        return distribution;
    }

    public long steps() {
        return step;
    }

    /** One D step on a real and a fake batch, then one G step through the frozen D. */
    public void step() {
        distribution.sample(random, BATCH, real);
        drawFakes();
        // D: reals (target 1) and fakes (target 0) in one pass
        both.put(0, real, 0, real.length);
        both.put(real.length, fake, 0, fake.length);
        float[] targets = new float[2 * BATCH];
        java.util.Arrays.fill(targets, 0, BATCH, 1f);
        Tensor logits = discriminator.forward(both, 2 * BATCH, true);
        discriminatorLoss = SigmoidCrossEntropy.lossAndGradient(logits, targets, probabilities, logitGradient);
        discriminator.backward(logitGradient, true, false);
        discriminatorOptimizer.step();
        // G: fakes labelled real, the gradient carried back through D (not updated) into G
        Tensor fakes = drawFakes();
        Tensor fakeLogits = discriminator.forward(fakes, BATCH, true);
        float[] ones = new float[BATCH];
        java.util.Arrays.fill(ones, 1f);
        Tensor fakeGradient = new Tensor(BATCH);
        generatorLoss = SigmoidCrossEntropy.lossAndGradient(fakeLogits, ones, probabilities, fakeGradient);
        Tensor atFakes = discriminator.backward(fakeGradient, false, true);
        atFakes.get(0, push, 0, push.length);
        for (int i = 0; i < push.length; i++) {
            push[i] = -push[i] * BATCH; // the way down G's loss, per fake (undo the batch mean)
        }
        generator.backward(atFakes, true, false);
        generatorOptimizer.step();
        step++;
    }

    /** G on fresh noise: fills {@link #fake} and returns G's output tensor. */
    private Tensor drawFakes() {
        for (int i = 0; i < BATCH * 2; i++) {
            noise.set(i, (float) random.nextGaussian());
        }
        Tensor out = generator.forward(noise, BATCH, true);
        out.get(0, fake, 0, fake.length);
        return out;
    }

    /** What the lab draws now (copies: safe to hand to another thread). */
    public Frame frame() {
        Tensor logits = discriminator.forward(grid, HEAT * HEAT, false);
        float[] heat = new float[HEAT * HEAT];
        for (int i = 0; i < heat.length; i++) {
            heat[i] = (float) (1 / (1 + Math.exp(-logits.get(i))));
        }
        float[] reals = real.clone();
        if (step == 0) {
            distribution.sample(random, BATCH, reals);
        }
        return new Frame(step, reals, fake.clone(), push.clone(), heat, discriminatorLoss, generatorLoss);
    }

    /**
     * @param heat   D's P(real) at each heat-map cell, row 0 at the top
     * @param push   for each fake, the direction G's next step moves it (the negative gradient of G's loss)
     */
    public record Frame(long step, float[] real, float[] fake, float[] push, float[] heat, double discriminatorLoss,
                        double generatorLoss) {
    }
}
