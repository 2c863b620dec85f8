package org.ganclassroom.gan;

import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ganclassroom.data.ImageSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One DCGAN in training: G, D and the stacked G→D network, the fixed noise batch behind the sample grid,
 * and the step counter. Not thread-safe (DL4J networks are not): {@link GanTrainer} serialises access.
 *
 * <p>All randomness of step n (which real images, which noise) comes from a generator seeded with
 * (seed, n), so a fixed seed reproduces a run and a checkpoint resumes with exactly the next step the
 * uninterrupted run would have taken.
 */
public final class GanModel {

    /** The sample grid: 8x8 forgeries from the same 64 noise vectors, watched as they improve. */
    public static final int GRID_SAMPLES = 64;
    private static final int SIDE = GanNetworks.IMAGE_SIDE;
    private static final long FIXED_NOISE_SALT = 0x5EED_F1C5L;
    private static final double LOG_EPSILON = 1e-7;

    public enum StepKind { BOTH, DISCRIMINATOR_ONLY, GENERATOR_ONLY }

    private final Preset preset;
    private final long seed;
    private final MultiLayerNetwork generator;
    private final MultiLayerNetwork discriminator;
    private final MultiLayerNetwork stacked;
    private final INDArray fixedNoise;
    private long step;
    private long imagesSeen;
    private int batchSize;
    private double generatorLearningRate;
    private double discriminatorLearningRate;

    GanModel(Preset preset, long seed, MultiLayerNetwork generator, MultiLayerNetwork discriminator,
             MultiLayerNetwork stacked, INDArray fixedNoise, long step, long imagesSeen) {
        this.preset = preset;
        this.seed = seed;
        this.generator = generator;
        this.discriminator = discriminator;
        this.stacked = stacked;
        this.fixedNoise = fixedNoise;
        this.step = step;
        this.imagesSeen = imagesSeen;
        this.batchSize = preset.batchSize();
        this.generatorLearningRate = preset.generatorLearningRate();
        this.discriminatorLearningRate = preset.discriminatorLearningRate();
    }

    /** Fresh networks for a preset; the seed fixes weights, noise and batch order. */
    public static GanModel create(Preset preset, long seed) {
        MultiLayerNetwork generator = GanNetworks.generator(preset, seed);
        MultiLayerNetwork discriminator = GanNetworks.discriminator(preset, seed + 1);
        MultiLayerNetwork stacked = GanNetworks.stacked(preset, seed);
        GanModel model = new GanModel(preset, seed, generator, discriminator, stacked,
                gaussian(GRID_SAMPLES, preset.latentSize(), new SplittableRandom(seed ^ FIXED_NOISE_SALT)), 0, 0);
        model.copyGeneratorIntoStacked();
        model.copyDiscriminatorIntoStacked();
        return model;
    }

    public StepResult trainStep(ImageSet data, StepKind kind) {
        if (data.rows() != SIDE || data.cols() != SIDE) {
            throw new IllegalArgumentException("the GAN trains on " + SIDE + "x" + SIDE + " images, not "
                    + data.rows() + "x" + data.cols());
        }
        SplittableRandom random = new SplittableRandom(mix(seed, step));
        int batch = batchSize;
        double dLoss = Double.NaN;
        double gLoss = Double.NaN;
        double realScore = Double.NaN;
        double fakeScore = Double.NaN;
        if (kind != StepKind.GENERATOR_ONLY) {
            double[] d = trainDiscriminator(data, batch, random);
            dLoss = d[0];
            realScore = d[1];
            fakeScore = d[2];
            imagesSeen += batch;
        }
        if (kind != StepKind.DISCRIMINATOR_ONLY) {
            gLoss = trainGenerator(batch, random);
            if (kind == StepKind.GENERATOR_ONLY) {
                // D's verdict on these fakes is what G just trained against: D(G(z)) = exp(-loss) on average.
                fakeScore = Math.exp(-gLoss);
            }
        }
        step++;
        return new StepResult(step, kind != StepKind.GENERATOR_ONLY, kind != StepKind.DISCRIMINATOR_ONLY,
                dLoss, gLoss, realScore, fakeScore);
    }

    /** D learns to say 1 to real images and 0 to fakes; returns {loss, mean D(x), mean D(G(z))}. */
    private double[] trainDiscriminator(ImageSet data, int batch, SplittableRandom random) {
        int[] indices = new int[batch];
        for (int i = 0; i < batch; i++) {
            indices[i] = random.nextInt(data.count());
        }
        float[] realPixels = new float[batch * SIDE * SIDE];
        data.fillBatch(indices, realPixels);
        INDArray real = Nd4j.create(realPixels, new long[] {batch, 1, SIDE, SIDE}, 'c');
        // Fakes from G in training mode (batch statistics in BN), as PyTorch's G in train() mode.
        INDArray fake = generator.output(gaussian(batch, preset.latentSize(), random), true);
        INDArray images = Nd4j.concat(0, real, fake);
        INDArray labels = Nd4j.vstack(Nd4j.ones(batch, 1), Nd4j.zeros(batch, 1));

        INDArray verdicts = discriminator.output(images, false);
        double realScore = verdicts.get(NDArrayIndex.interval(0, batch)).meanNumber().doubleValue();
        double fakeScore = verdicts.get(NDArrayIndex.interval(batch, 2 * batch)).meanNumber().doubleValue();
        double loss = binaryCrossEntropy(verdicts, batch);

        discriminator.fit(images, labels);
        copyDiscriminatorIntoStacked();
        return new double[] {loss, realScore, fakeScore};
    }

    /**
     * G learns through the stacked network with D frozen. Its fakes are labelled REAL (1): G's goal is
     * D(G(z)) → 1. This is the non-saturating loss -log D(G(z)); the min-max form log(1 - D(G(z))) gives G
     * almost no gradient early on, when D easily rejects its fakes.
     */
    private double trainGenerator(int batch, SplittableRandom random) {
        INDArray noise = gaussian(batch, preset.latentSize(), random);
        stacked.fit(noise, Nd4j.ones(batch, 1));
        copyStackedIntoGenerator();
        return stacked.score();
    }

    /** G's drawings of the fixed noise batch, with BN in inference mode. */
    public SampleGrid sampleGrid() {
        return SampleGrid.of(step, generate(fixedNoise), GRID_SAMPLES, SIDE);
    }

    /** Fixed-noise samples as raw values -1..1 (for health checks). */
    public float[] fixedSamples() {
        return generate(fixedNoise);
    }

    /** {@code count} new images (values -1..1, image after image) from noise seeded by {@code sampleSeed}. */
    public float[] generate(int count, long sampleSeed) {
        return generate(gaussian(count, preset.latentSize(), new SplittableRandom(sampleSeed)));
    }

    private float[] generate(INDArray noise) {
        return generator.output(noise, false).ravel().toFloatVector();
    }

    /** D's verdicts, P(real), on images given as values -1..1. */
    public double[] discriminate(float[] images, int count) {
        INDArray input = Nd4j.create(images, new long[] {count, 1, SIDE, SIDE}, 'c');
        return discriminator.output(input, false).ravel().toDoubleVector();
    }

    /** Takes effect from the next step; no reset needed. Sets both networks' rates. */
    public void setLearningRate(double rate) {
        setLearningRates(rate, rate);
    }

    public void setLearningRates(double generatorRate, double discriminatorRate) {
        if (!(generatorRate > 0) || !(discriminatorRate > 0) || generatorRate > 1 || discriminatorRate > 1) {
            throw new IllegalArgumentException("a learning rate must be above 0 and at most 1");
        }
        generatorLearningRate = generatorRate;
        discriminatorLearningRate = discriminatorRate;
        discriminator.setLearningRate(discriminatorRate);
        for (int i = 0; i < GanNetworks.GENERATOR_LAYERS; i++) {
            if (stacked.getLayer(i).numParams() > 0) {
                stacked.setLearningRate(i, generatorRate);
            }
        }
    }

    /** Takes effect from the next step. */
    public void setBatchSize(int batch) {
        if (batch < 1 || batch > 1024) {
            throw new IllegalArgumentException("batch size must be between 1 and 1024");
        }
        batchSize = batch;
    }

    public Preset preset() {
        return preset;
    }

    public long seed() {
        return seed;
    }

    public long step() {
        return step;
    }

    public long imagesSeen() {
        return imagesSeen;
    }

    public int batchSize() {
        return batchSize;
    }

    public double generatorLearningRate() {
        return generatorLearningRate;
    }

    public double discriminatorLearningRate() {
        return discriminatorLearningRate;
    }

    MultiLayerNetwork generator() {
        return generator;
    }

    MultiLayerNetwork discriminator() {
        return discriminator;
    }

    MultiLayerNetwork stacked() {
        return stacked;
    }

    INDArray fixedNoise() {
        return fixedNoise;
    }

    void restoreTrainingSettings(int batch, double generatorRate, double discriminatorRate) {
        setBatchSize(batch);
        setLearningRates(generatorRate, discriminatorRate);
    }

    private void copyDiscriminatorIntoStacked() {
        copyLayers(discriminator, 0, stacked, GanNetworks.GENERATOR_LAYERS, GanNetworks.DISCRIMINATOR_LAYERS);
    }

    private void copyGeneratorIntoStacked() {
        copyLayers(generator, 0, stacked, 0, GanNetworks.GENERATOR_LAYERS);
    }

    private void copyStackedIntoGenerator() {
        // Includes BatchNormalization's running mean and variance, which DL4J keeps as parameters.
        copyLayers(stacked, 0, generator, 0, GanNetworks.GENERATOR_LAYERS);
    }

    private static void copyLayers(MultiLayerNetwork from, int fromStart, MultiLayerNetwork to, int toStart, int count) {
        for (int i = 0; i < count; i++) {
            if (from.getLayer(fromStart + i).numParams() > 0) {
                to.getLayer(toStart + i).params().assign(from.getLayer(fromStart + i).params());
            }
        }
    }

    private static double binaryCrossEntropy(INDArray verdicts, int realCount) {
        double[] p = verdicts.ravel().toDoubleVector();
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double clamped = Math.min(1 - LOG_EPSILON, Math.max(LOG_EPSILON, p[i]));
            sum += i < realCount ? -Math.log(clamped) : -Math.log(1 - clamped);
        }
        return sum / p.length;
    }

    static INDArray gaussian(int rows, int columns, SplittableRandom random) {
        float[] values = new float[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return Nd4j.create(values, new long[] {rows, columns}, 'c');
    }

    /** A well-spread seed for step n of a run (SplittableRandom's own mixing of seed + n). */
    private static long mix(long seed, long n) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n).nextLong();
    }
}
