package org.ganclassroom.gan;

import java.util.ArrayList;
import java.util.List;
import org.ganclassroom.nn.BatchNorm;
import org.ganclassroom.nn.ConvDown;
import org.ganclassroom.nn.ConvUp;
import org.ganclassroom.nn.Dense;
import org.ganclassroom.nn.Layer;
import org.ganclassroom.nn.LeakyRelu;
import org.ganclassroom.nn.Sequential;
import org.ganclassroom.nn.Tanh;

/**
 * The two networks of a DCGAN for 28x28 grayscale images, on the native engine ({@link org.ganclassroom.nn}):
 * <ul>
 *   <li>G: Dense(z → 7·7·w0) BN LeakyReLU | ConvT(w0 → w1, 4, s2, p1) BN LeakyReLU | ConvT(w1 → 1) tanh</li>
 *   <li>D: Conv(1 → d0, 4, s2, p1) LeakyReLU | Conv(d0 → d1) LeakyReLU | Dense(7·7·d1 → 1), sigmoid in the loss</li>
 * </ul>
 * A preset with a code widens G's input to z + K and D's output to 1 + K (realness logit first); one with a
 * hidden width puts Dense(7·7·d1 → h) LeakyReLU before D's output layer.
 * Images and feature maps are NHWC (channels innermost). G's dense layer therefore orders its 7·7·w0 outputs
 * (y, x, channel) rather than PyTorch's (channel, y, x): a fixed relabelling of the same units, so the
 * network computes the same family of functions as the PyTorch reference with the same parameter count.
 */
public final class GanNetworks {

    public static final int IMAGE_SIDE = 28;
    static final int IMAGE_PIXELS = IMAGE_SIDE * IMAGE_SIDE;
    private static final int SEED_SIDE = 7; // G starts from 7x7 feature maps; two doublings make 28x28

    private GanNetworks() {
    }

    public static Sequential generator(Preset preset) {
        int[] w = preset.generatorWidths();
        int seedPixels = SEED_SIDE * SEED_SIDE;
        int mid = 4 * seedPixels; // 14x14
        return new Sequential(List.of(
                new Dense("g.dense", preset.generatorInputSize(), seedPixels * w[0]),
                new BatchNorm("g.bn1", seedPixels * w[0], 1),
                new LeakyRelu(seedPixels * w[0], preset.leakySlope()),
                new ConvUp("g.up1", w[0], w[1], SEED_SIDE),
                new BatchNorm("g.bn2", w[1], mid),
                new LeakyRelu(mid * w[1], preset.leakySlope()),
                new ConvUp("g.up2", w[1], 1, 2 * SEED_SIDE),
                new Tanh(IMAGE_PIXELS)));
    }

    public static Sequential discriminator(Preset preset) {
        int[] w = preset.discriminatorWidths();
        int features = SEED_SIDE * SEED_SIDE * w[1];
        List<Layer> layers = new ArrayList<>(List.of(
                new ConvDown("d.conv1", 1, w[0], IMAGE_SIDE),
                new LeakyRelu(4 * SEED_SIDE * SEED_SIDE * w[0], preset.leakySlope()),
                new ConvDown("d.conv2", w[0], w[1], 2 * SEED_SIDE),
                new LeakyRelu(features, preset.leakySlope())));
        int hidden = preset.discriminatorHidden();
        if (hidden > 0) {
            layers.add(new Dense("d.hidden", features, hidden));
            layers.add(new LeakyRelu(hidden, preset.leakySlope()));
        }
        layers.add(new Dense("d.out", hidden > 0 ? hidden : features, preset.discriminatorOutputs()));
        return new Sequential(layers);
    }
}
