package org.ganclassroom.gan;

/**
 * What one training step measured, on the batches it trained on. A step may train D only or G only (the
 * panel's "Step D" / "Step G"); the other network's numbers are then NaN and {@code trainedD} or
 * {@code trainedG} is false.
 *
 * @param discriminatorLoss binary cross-entropy of D on real (label 1) and fake (label 0) images, before
 *                          D's update
 * @param generatorLoss     binary cross-entropy of D(G(z)) against label 1 (G's non-saturating loss)
 * @param meanRealScore     mean D(x) over the real batch: D wants 1
 * @param meanFakeScore     mean D(G(z)) over the fake batch: D wants 0, G wants 1
 */
public record StepResult(long step, boolean trainedD, boolean trainedG, double discriminatorLoss,
                         double generatorLoss, double meanRealScore, double meanFakeScore) {

    /** False when a trained network's numbers went NaN or infinite: training has diverged. */
    public boolean isFinite() {
        boolean dOk = !trainedD || (Double.isFinite(discriminatorLoss) && Double.isFinite(meanRealScore)
                && Double.isFinite(meanFakeScore));
        boolean gOk = !trainedG || Double.isFinite(generatorLoss);
        return dOk && gOk;
    }
}
