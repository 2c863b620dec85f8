package org.ganclassroom.gan.dl4j;

import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.gan.StepResult;
import org.ganclassroom.gan.TrainableGan;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The DCGAN trained the DL4J way (G, D and a stacked G→D MultiLayerNetwork, parameters copied between them
 * by layer), as the app trained before the native engine. {@code bench --engine dl4j} times {@link #step};
 * the dock trains it live as a {@link TrainableGan} when the instructor picks the DL4J engine for the
 * reference preset, so the class watches the code of the lesson "The GAN in code" learn. It is several
 * times slower than {@link GanModel} on the same network (docs/performance.md).
 */
public final class Dl4jGanStep implements TrainableGan {

    /** How the dock names a DL4J run of a preset: "reference (DL4J)". */
    public static final String NAME_SUFFIX = " (DL4J)";
    private static final int SIDE = 28;
    private static final long FIXED_NOISE_SALT = 0x5EED_F1EDL;

    private final Preset preset;
    private final MultiLayerNetwork generator;
    private final MultiLayerNetwork discriminator;
    private final MultiLayerNetwork stacked;
    private final SplittableRandom random;
    private final INDArray fixedNoise;
    private int batchSize;
    private double learningRate;
    private long step;
    private long imagesSeen;

    public Dl4jGanStep(Preset preset, long seed) {
        if (!preset.isPlainDcgan()) {
            throw new IllegalArgumentException("the DL4J engine builds the plain DCGAN only (no code, no hidden "
                    + "layer in D, no weight average), not the " + preset.name() + " preset");
        }
        this.preset = preset;
        this.generator = Dl4jNetworks.generator(preset, seed);
        this.discriminator = Dl4jNetworks.discriminator(preset, seed + 1);
        this.stacked = Dl4jNetworks.stacked(preset, seed);
        this.random = new SplittableRandom(seed);
        this.batchSize = preset.batchSize();
        this.learningRate = preset.generatorLearningRate();
        this.fixedNoise = gaussian(new SplittableRandom(seed ^ FIXED_NOISE_SALT), GanModel.GRID_SAMPLES);
        copyLayers(generator, 0, stacked, 0, Dl4jNetworks.GENERATOR_LAYERS);
        copyLayers(discriminator, 0, stacked, Dl4jNetworks.GENERATOR_LAYERS, Dl4jNetworks.DISCRIMINATOR_LAYERS);
    }

    /** D on a real and a fake batch, then G through the frozen D; returns {D loss, G loss}. */
    public double[] step(ImageSet data) {
        double dLoss = trainDiscriminator(data, false)[0];
        return new double[] {dLoss, trainGenerator()};
    }

    @Override
    public StepResult trainStep(ImageSet data, GanModel.StepKind kind) {
        GanModel.requireTrainable(preset, data);
        double[] d = {Double.NaN, Double.NaN, Double.NaN};
        double gLoss = Double.NaN;
        if (kind != GanModel.StepKind.GENERATOR_ONLY) {
            d = trainDiscriminator(data, true);
        }
        if (kind != GanModel.StepKind.DISCRIMINATOR_ONLY) {
            gLoss = trainGenerator();
        }
        step++;
        return new StepResult(step, kind != GanModel.StepKind.GENERATOR_ONLY,
                kind != GanModel.StepKind.DISCRIMINATOR_ONLY, d[0], gLoss, d[1], d[2]);
    }

    /** {D loss, mean D(x), mean D(G(z))}; the two means (an extra pass of D) only when asked for. */
    private double[] trainDiscriminator(ImageSet data, boolean withVerdicts) {
        int batch = batchSize;
        int[] indices = new int[batch];
        for (int i = 0; i < batch; i++) {
            indices[i] = random.nextInt(data.count());
        }
        float[] pixels = new float[batch * SIDE * SIDE];
        data.fillBatch(indices, pixels);
        INDArray real = Nd4j.create(pixels, new long[] {batch, 1, SIDE, SIDE}, 'c');
        INDArray fake = generator.output(noise(batch), true);
        INDArray images = Nd4j.concat(0, real, fake);
        INDArray labels = Nd4j.vstack(Nd4j.ones(batch, 1), Nd4j.zeros(batch, 1));
        discriminator.fit(images, labels);
        imagesSeen += batch;
        double dLoss = discriminator.score();
        if (!withVerdicts) {
            return new double[] {dLoss, Double.NaN, Double.NaN};
        }
        INDArray verdicts = discriminator.output(images, false);
        return new double[] {dLoss,
                verdicts.get(NDArrayIndex.interval(0, batch), NDArrayIndex.all()).meanNumber().doubleValue(),
                verdicts.get(NDArrayIndex.interval(batch, 2 * batch), NDArrayIndex.all()).meanNumber().doubleValue()};
    }

    private double trainGenerator() {
        int batch = batchSize;
        copyLayers(discriminator, 0, stacked, Dl4jNetworks.GENERATOR_LAYERS, Dl4jNetworks.DISCRIMINATOR_LAYERS);
        stacked.fit(noise(batch), Nd4j.ones(batch, 1));
        copyLayers(stacked, 0, generator, 0, Dl4jNetworks.GENERATOR_LAYERS);
        return stacked.score();
    }

    /** Batch statistics in G's BatchNorm, as PyTorch's DCGAN example draws its fixed-noise pictures. */
    @Override
    public float[] fixedSamples() {
        return generator.output(fixedNoise, true).dup('c').data().asFloat();
    }

    @Override
    public int gridColumns() {
        return 8;
    }

    @Override
    public Preset preset() {
        return preset;
    }

    @Override
    public String name() {
        return preset.name() + NAME_SUFFIX;
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public long imagesSeen() {
        return imagesSeen;
    }

    @Override
    public int batchSize() {
        return batchSize;
    }

    @Override
    public double generatorLearningRate() {
        return learningRate;
    }

    @Override
    public void setBatchSize(int batch) {
        if (batch < 1 || batch > 1024) {
            throw new IllegalArgumentException("batch size must be between 1 and 1024");
        }
        batchSize = batch;
    }

    /** D's layers, and the stack's G layers; the stack's D layers keep their rate of 0 (see Dl4jNetworks). */
    @Override
    public void setLearningRate(double rate) {
        if (!(rate > 0) || rate > 1) {
            throw new IllegalArgumentException("a learning rate must be above 0 and at most 1");
        }
        discriminator.setLearningRate(rate);
        for (int layer = 0; layer < Dl4jNetworks.GENERATOR_LAYERS; layer++) {
            if (stacked.getLayer(layer).numParams() > 0) {
                stacked.setLearningRate(layer, rate);
            }
        }
        learningRate = rate;
    }

    private INDArray noise(int rows) {
        return gaussian(random, rows);
    }

    private INDArray gaussian(SplittableRandom source, int rows) {
        float[] values = new float[rows * preset.latentSize()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) source.nextGaussian();
        }
        return Nd4j.create(values, new long[] {rows, preset.latentSize()}, 'c');
    }

    private static void copyLayers(MultiLayerNetwork from, int fromStart, MultiLayerNetwork to, int toStart, int count) {
        for (int i = 0; i < count; i++) {
            if (from.getLayer(fromStart + i).numParams() > 0) {
                to.getLayer(toStart + i).params().assign(from.getLayer(fromStart + i).params());
            }
        }
    }
}
