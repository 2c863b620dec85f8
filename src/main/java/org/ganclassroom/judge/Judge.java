package org.ganclassroom.judge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.storage.AtomicFiles;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.ganclassroom.text.Messages;

/**
 * The judge: a small digit (or clothing) classifier, LeNet-style, that already knows the dataset. It
 * answers "is it working yet?" by classifying the generator's fakes: how many it recognises with
 * confidence, and which classes they are. Inputs are 28x28 images with values -1..1, like the GAN's.
 */
public final class Judge {

    private static final int SIDE = 28;
    private final MultiLayerNetwork network;

    private Judge(MultiLayerNetwork network) {
        this.network = network;
    }

    /** LeNet: conv 5x5x20, max-pool, conv 5x5x50, max-pool, dense 500, softmax over 10 classes. */
    public static Judge untrained(long seed) {
        var conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(1e-3))
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5).nIn(1).nOut(20).activation(Activation.RELU).build()) // 28 -> 24
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build()) // -> 12
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(50).activation(Activation.RELU).build()) // -> 8
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build()) // -> 4
                .layer(new DenseLayer.Builder().nOut(500).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(SIDE, SIDE, 1))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return new Judge(network);
    }

    /** One pass over the labelled images in random order, in batches. */
    public void trainEpoch(ImageSet data, int batch, long seed, java.util.function.IntConsumer progress) {
        int[] order = java.util.stream.IntStream.range(0, data.count()).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        for (int start = 0; start < order.length; start += batch) {
            int[] indices = java.util.Arrays.copyOfRange(order, start, Math.min(order.length, start + batch));
            network.fit(images(data, indices), oneHot(data, indices));
            progress.accept(start + indices.length);
        }
    }

    /** Share of the images classified as their label. */
    public double accuracy(ImageSet data) {
        int correct = 0;
        for (int start = 0; start < data.count(); start += 500) {
            int[] indices = java.util.stream.IntStream.range(start, Math.min(data.count(), start + 500)).toArray();
            INDArray predicted = network.output(images(data, indices), false).argMax(1);
            for (int i = 0; i < indices.length; i++) {
                correct += predicted.getInt(i) == data.label(indices[i]) ? 1 : 0;
            }
        }
        return correct / (double) data.count();
    }

    /** Class probabilities, one row of 10 per image (images given as values -1..1, image after image). */
    public double[][] classify(float[] images, int count) {
        INDArray input = Nd4j.create(images, new long[] {count, 1, SIDE, SIDE}, 'c');
        return network.output(input, false).toDoubleMatrix();
    }

    /** How many numbers {@link #features} gives an image: the 500 units of the hidden dense layer. */
    public static final int FEATURES = 500;

    /**
     * What the judge "sees" in each image: its hidden dense layer's 500 activations, the layer before it
     * names a class. The Fréchet distance compares fakes and real images by these, as FID does with an
     * Inception network's features (see {@link FrechetDistance}).
     */
    public double[][] features(float[] images, int count) {
        INDArray input = Nd4j.create(images, new long[] {count, 1, SIDE, SIDE}, 'c');
        java.util.List<INDArray> activations = network.feedForwardToLayer(4, input, false);
        return activations.get(activations.size() - 1).toDoubleMatrix();
    }

    public void save(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(network, bytes, false);
        AtomicFiles.write(file, out -> out.write(bytes.toByteArray()));
    }

    public static Judge load(Path file) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new Judge(ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false));
        } catch (NoSuchFileException missing) {
            throw new IOException(Messages.get("judge.missing", file));
        } catch (RuntimeException | IOException damaged) {
            throw new IOException(Messages.get("judge.damaged", file, damaged.getMessage()));
        }
    }

    private static INDArray images(ImageSet data, int[] indices) {
        float[] pixels = new float[indices.length * SIDE * SIDE];
        data.fillBatch(indices, pixels);
        return Nd4j.create(pixels, new long[] {indices.length, 1, SIDE, SIDE}, 'c');
    }

    private static INDArray oneHot(ImageSet data, int[] indices) {
        INDArray labels = Nd4j.zeros(indices.length, 10);
        for (int i = 0; i < indices.length; i++) {
            labels.putScalar(i, data.label(indices[i]), 1.0);
        }
        return labels;
    }
}
