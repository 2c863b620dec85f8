package org.ganclassroom.gan;

/**
 * What one training step measured, on the batches it trained on. A step may train D only or G only (the
 * panel's "Step D" / "Step G"); the other network's numbers are then NaN and {@code trainedD} or
 * {@code trainedG} is false.
 *
 * @param discriminatorLoss binary cross-entropy of D on real (label 1) and fake (label 0) images, before
 *                          D's update
 * @param generatorLoss     G's loss: the non-saturating −log D(G(z)) (binary cross-entropy against label 1), or
 *                          with {@link GanModel.GeneratorLoss#MIN_MAX} the original log(1 − D(G(z)))
 * @param meanRealScore     mean D(x) over the real batch: D wants 1
 * @param meanFakeScore     mean D(G(z)) over the fake batch: D wants 0, G wants 1
 * @param generatorPush     how hard G's loss pushes each fake, at D's logit: the mean size of d(loss)/d(logit)
 *                          per fake, 1 − D(G(z)) for the non-saturating loss and D(G(z)) for the min-max one
 *                          (NaN when G did not train)
 */
public record StepResult(long step, boolean trainedD, boolean trainedG, double discriminatorLoss,
                         double generatorLoss, double meanRealScore, double meanFakeScore, double generatorPush) {

    public StepResult(long step, boolean trainedD, boolean trainedG, double discriminatorLoss, double generatorLoss,
                      double meanRealScore, double meanFakeScore) {
        this(step, trainedD, trainedG, discriminatorLoss, generatorLoss, meanRealScore, meanFakeScore, Double.NaN);
    }

    /** False when a trained network's numbers went NaN or infinite: training has diverged. */
    public boolean isFinite() {
        boolean dOk = !trainedD || (Double.isFinite(discriminatorLoss) && Double.isFinite(meanRealScore)
                && Double.isFinite(meanFakeScore));
        boolean gOk = !trainedG || Double.isFinite(generatorLoss);
        return dOk && gOk;
    }
}
