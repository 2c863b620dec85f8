package org.ganclassroom.gan;

import org.ganclassroom.nn.Tensor;

/**
 * A conditional D's verdict by projection (Miyato and Koyama, "cGANs with Projection Discriminator", 2018):
 * D's output row holds one unconditional logit and one per class, all computed from the same features, and
 * its realness logit for an image said to be of class y is {@code out[0] + out[1 + y]}: the features
 * projected on y's own learned direction. A real 7 shown as a 7 should score high; a fake asked to be a 7,
 * or a real 7 presented as a 3, low. So G can only fool D by drawing the class it was asked for.
 */
final class ProjectionLoss {

    private ProjectionLoss() {
    }

    /** The realness logit of each row for its class: out[r, 0] + out[r, 1 + labels[r]]. */
    static Tensor realness(Tensor outputs, int rows, int width, int[] labels) {
        Tensor logits = new Tensor(rows);
        for (int r = 0; r < rows; r++) {
            logits.set(r, outputs.get(r * width) + outputs.get(r * width + 1 + label(labels[r], width)));
        }
        return logits;
    }

    /** The gradient at D's outputs from the gradient at those realness logits: both terms get it whole. */
    static Tensor gradient(Tensor logitGradient, int rows, int width, int[] labels) {
        Tensor gradient = new Tensor(rows * width);
        for (int r = 0; r < rows; r++) {
            float g = logitGradient.get(r);
            gradient.set(r * width, g);
            gradient.set(r * width + 1 + label(labels[r], width), g);
        }
        return gradient;
    }

    /** D's verdict on an image of unknown class: the realness of the class that makes it most plausible. */
    static double bestRealness(Tensor outputs, int row, int width) {
        double best = Double.NEGATIVE_INFINITY;
        for (int y = 1; y < width; y++) {
            best = Math.max(best, outputs.get(row * width) + outputs.get(row * width + y));
        }
        return best;
    }

    private static int label(int label, int width) {
        if (label < 0 || label >= width - 1) {
            throw new IllegalArgumentException("class " + label + " is outside 0.." + (width - 2));
        }
        return label;
    }
}
