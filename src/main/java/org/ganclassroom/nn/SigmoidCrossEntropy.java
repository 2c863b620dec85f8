package org.ganclassroom.nn;

/**
 * The discriminator's loss: sigmoid on its logits, then binary cross-entropy against 0/1 targets, mean
 * over the batch (PyTorch's Sigmoid + BCELoss). Computed from the logits, which is exact and never takes
 * log(0); the gradient at the logits is simply (p - target) / n.
 */
public final class SigmoidCrossEntropy {

    private SigmoidCrossEntropy() {
    }

    /**
     * @param probabilities receives sigmoid(logits) (what D says: P(real))
     * @param gradient      receives d loss / d logits
     * @return the mean loss
     */
    public static double lossAndGradient(Tensor logits, float[] targets, float[] probabilities, Tensor gradient) {
        int n = targets.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double z = logits.get(i);
            double p = 1 / (1 + Math.exp(-z));
            // -[t log p + (1-t) log(1-p)] = softplus(z) - t z, written to stay finite for large |z|
            double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
            sum += softplus - targets[i] * z;
            probabilities[i] = (float) p;
            gradient.set(i, (float) ((p - targets[i]) / n));
        }
        return sum / n;
    }
}
