package org.ganclassroom.gan.dl4j;

import org.ganclassroom.gan.Preset;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The first engine of GAN Classroom, kept only so {@code bench --engine dl4j} can print the "before"
 * figure beside the native engine (docs/performance.md). It builds the three DL4J networks of a DCGAN for
 * 28x28 grayscale images:
 * <ul>
 *   <li>G, the generator (noise in, image out), used to draw fakes and samples;</li>
 *   <li>D, the discriminator (image in, probability "real" out), trained on real and fake batches;</li>
 *   <li>the stacked network G→D, through which G is trained: its D layers have an {@code Sgd(0)} updater,
 *   so backpropagation reaches G but D's weights never move. ({@code NoOp} does NOT freeze them in
 *   DL4J 1.0.0-M2.1, and {@code FrozenLayerWithBackprop} around BatchNormalization fails in fit with a
 *   workspace error, DL4J issue #9101.)</li>
 * </ul>
 * The stacked network's first {@link #GENERATOR_LAYERS} layers mirror G and the rest mirror D, so
 * parameters are copied by layer index after every step (see {@link Dl4jGanStep}).
 */
public final class Dl4jNetworks {

    /** Layers in G: dense, BN, act, deconv, BN, act, deconv. */
    public static final int GENERATOR_LAYERS = 7;
    /** Layers in D: conv, conv, output. */
    public static final int DISCRIMINATOR_LAYERS = 3;

    private static final int IMAGE_SIDE = 28;
    private static final int SEED_SIZE = 7; // G starts from 7x7 feature maps; two doublings make 28x28

    private Dl4jNetworks() {
    }

    public static MultiLayerNetwork generator(Preset preset, long seed) {
        return build(seed, generatorLayers(preset, adam(preset.generatorLearningRate(), preset)), 3,
                new FeedForwardToCnnPreProcessor(SEED_SIZE, SEED_SIZE, preset.generatorWidths()[0]), -1, null);
    }

    public static MultiLayerNetwork discriminator(Preset preset, long seed) {
        Layer[] layers = discriminatorLayers(preset, adam(preset.discriminatorLearningRate(), preset));
        return build(seed, layers, -1, null, 2, cnnToDense(preset));
    }

    /** G→D with D frozen; initialise it, then copy G's and D's parameters in (see GanModel). */
    public static MultiLayerNetwork stacked(Preset preset, long seed) {
        Layer[] g = generatorLayers(preset, adam(preset.generatorLearningRate(), preset));
        // Sgd with learning rate 0 keeps D's weights fixed while gradients still flow through D into G.
        Layer[] d = discriminatorLayers(preset, new Sgd(0.0));
        Layer[] all = new Layer[g.length + d.length];
        System.arraycopy(g, 0, all, 0, g.length);
        System.arraycopy(d, 0, all, g.length, d.length);
        return build(seed, all, 3,
                new FeedForwardToCnnPreProcessor(SEED_SIZE, SEED_SIZE, preset.generatorWidths()[0]),
                GENERATOR_LAYERS + 2, cnnToDense(preset));
    }

    private static Layer[] generatorLayers(Preset preset, IUpdater updater) {
        int[] widths = preset.generatorWidths();
        ActivationLReLU leaky = new ActivationLReLU(preset.leakySlope());
        int dense = SEED_SIZE * SEED_SIZE * widths[0];
        return new Layer[] {
            new DenseLayer.Builder().nIn(preset.latentSize()).nOut(dense)                 // z -> 7*7*w0
                    .activation(Activation.IDENTITY).updater(updater).build(),
            new BatchNormalization.Builder().nIn(dense).nOut(dense).updater(updater).build(),
            new ActivationLayer.Builder().activation(leaky).build(),
            new Deconvolution2D.Builder(4, 4).stride(2, 2).nIn(widths[0]).nOut(widths[1]) // 7x7xw0 -> 14x14xw1
                    .convolutionMode(ConvolutionMode.Same).activation(Activation.IDENTITY).updater(updater).build(),
            new BatchNormalization.Builder().nIn(widths[1]).nOut(widths[1]).updater(updater).build(),
            new ActivationLayer.Builder().activation(leaky).build(),
            new Deconvolution2D.Builder(4, 4).stride(2, 2).nIn(widths[1]).nOut(1)         // 14x14xw1 -> 28x28x1
                    .convolutionMode(ConvolutionMode.Same).activation(Activation.TANH).updater(updater).build(),
        };
    }

    private static Layer[] discriminatorLayers(Preset preset, IUpdater updater) {
        int[] widths = preset.discriminatorWidths();
        ActivationLReLU leaky = new ActivationLReLU(preset.leakySlope());
        return new Layer[] {
            new ConvolutionLayer.Builder(4, 4).stride(2, 2).padding(1, 1).nIn(1).nOut(widths[0]) // 28x28x1 -> 14x14xw0
                    .convolutionMode(ConvolutionMode.Truncate).activation(leaky).updater(updater).build(),
            new ConvolutionLayer.Builder(4, 4).stride(2, 2).padding(1, 1).nIn(widths[0]).nOut(widths[1]) // -> 7x7xw1
                    .convolutionMode(ConvolutionMode.Truncate).activation(leaky).updater(updater).build(),
            new OutputLayer.Builder(LossFunctions.LossFunction.XENT)                      // 7*7*w1 -> P(real)
                    .nIn(SEED_SIZE * SEED_SIZE * widths[1]).nOut(1)
                    .activation(Activation.SIGMOID).updater(updater).build(),
        };
    }

    private static CnnToFeedForwardPreProcessor cnnToDense(Preset preset) {
        return new CnnToFeedForwardPreProcessor(SEED_SIZE, SEED_SIZE, preset.discriminatorWidths()[1]);
    }

    private static Adam adam(double learningRate, Preset preset) {
        return new Adam(learningRate, preset.beta1(), 0.999, 1e-8);
    }

    private static MultiLayerNetwork build(long seed, Layer[] layers, int ffToCnnAt,
                                           FeedForwardToCnnPreProcessor ffToCnn, int cnnToFfAt,
                                           CnnToFeedForwardPreProcessor cnnToFf) {
        var list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                // U(-1/sqrt(fanIn), 1/sqrt(fanIn)): PyTorch's default initialisation, as in the reference.
                .weightInit(WeightInit.UNIFORM)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list(layers);
        if (ffToCnn != null) {
            list.inputPreProcessor(ffToCnnAt, ffToCnn);
        }
        if (cnnToFf != null) {
            list.inputPreProcessor(cnnToFfAt, cnnToFf);
        }
        MultiLayerNetwork network = new MultiLayerNetwork(list.build());
        network.init();
        return network;
    }
}
