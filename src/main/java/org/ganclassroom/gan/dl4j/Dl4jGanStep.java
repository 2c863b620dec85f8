package org.ganclassroom.gan.dl4j;

import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.Preset;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One DCGAN training step done the DL4J way (G, D and a stacked G→D MultiLayerNetwork, parameters copied
 * between them by layer), as the app trained before the native engine. For {@code bench --engine dl4j}
 * only: same network, data and step as {@link org.ganclassroom.gan.GanModel}, so the two speeds compare.
 */
public final class Dl4jGanStep {

    private static final int SIDE = 28;

    private final Preset preset;
    private final MultiLayerNetwork generator;
    private final MultiLayerNetwork discriminator;
    private final MultiLayerNetwork stacked;
    private final SplittableRandom random;

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
        copyLayers(generator, 0, stacked, 0, Dl4jNetworks.GENERATOR_LAYERS);
        copyLayers(discriminator, 0, stacked, Dl4jNetworks.GENERATOR_LAYERS, Dl4jNetworks.DISCRIMINATOR_LAYERS);
    }

    /** D on a real and a fake batch, then G through the frozen D; returns {D loss, G loss}. */
    public double[] step(ImageSet data) {
        int batch = preset.batchSize();
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
        double dLoss = discriminator.score();
        copyLayers(discriminator, 0, stacked, Dl4jNetworks.GENERATOR_LAYERS, Dl4jNetworks.DISCRIMINATOR_LAYERS);
        stacked.fit(noise(batch), Nd4j.ones(batch, 1));
        copyLayers(stacked, 0, generator, 0, Dl4jNetworks.GENERATOR_LAYERS);
        return new double[] {dLoss, stacked.score()};
    }

    private INDArray noise(int rows) {
        float[] values = new float[rows * preset.latentSize()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
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
