package org.ganclassroom.gan;

import org.ganclassroom.text.Messages;

import java.util.Optional;

/**
 * Watches a run for the failures a class should be told about in words: losses that are no longer
 * numbers, a discriminator that wins so completely that G gets no feedback, and mode collapse (every
 * noise vector gives the same picture). Each check returns the sentence to show, or empty.
 */
public final class TrainingHealth {

    /** Steps in a row of total D victory before we call it. */
    static final int DOMINANCE_STEPS = 200;
    /** Below this mean D(G(z)), D rejects every fake with near certainty. */
    static final double DOMINANCE_SCORE = 1e-3;
    /** Collapse is only judged after the first steps; random initial weights can look alike. */
    static final long COLLAPSE_EARLIEST_STEP = 200;
    /** Mean per-pixel spread across the 64 fixed samples (values -1..1) below which they are one image. */
    static final double COLLAPSE_SPREAD = 0.04;

    /** A cross-entropy this large means logits in the hundreds: the networks have diverged. */
    static final double EXPLODED_LOSS = 1e3;

    private int dominatedSteps;

    public Optional<String> afterStep(StepResult result) {
        if (!result.isFinite()) {
            return Optional.of(Messages.get("health.notNumbers", step(result.step())));
        }
        double loss = Math.max(result.trainedD() ? result.discriminatorLoss() : 0,
                result.trainedG() ? result.generatorLoss() : 0);
        if (loss > EXPLODED_LOSS) {
            // Checked before the samples: a diverged G draws the same saturated picture everywhere, which
            // the collapse check would otherwise call mode collapse.
            return Optional.of(Messages.get("health.exploded", step(result.step()),
                    String.format(Messages.locale(), "%.3g", loss)));
        }
        if (result.trainedD() && result.meanFakeScore() < DOMINANCE_SCORE) {
            dominatedSteps++;
        } else if (result.trainedD() || result.trainedG()) {
            dominatedSteps = 0;
        }
        if (dominatedSteps >= DOMINANCE_STEPS) {
            dominatedSteps = 0;
            return Optional.of(Messages.get("health.dominated", step(result.step()), DOMINANCE_STEPS));
        }
        return Optional.empty();
    }

    /** @param samples the fixed-noise samples, {@code count} images of {@code pixels} values each */
    public Optional<String> afterSamples(long step, float[] samples, int count, int pixels) {
        if (step < COLLAPSE_EARLIEST_STEP || count < 2) {
            return Optional.empty();
        }
        double spread = meanPixelSpread(samples, count, pixels);
        if (spread < COLLAPSE_SPREAD) {
            return Optional.of(Messages.get("health.collapse", step(step), count));
        }
        return Optional.empty();
    }

    private static String step(long step) {
        return String.format(Messages.locale(), "%,d", step);
    }

    /** Mean over pixels of the standard deviation of that pixel across the samples. */
    static double meanPixelSpread(float[] samples, int count, int pixels) {
        double total = 0;
        for (int p = 0; p < pixels; p++) {
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < count; i++) {
                double v = samples[i * pixels + p];
                sum += v;
                sumSquares += v * v;
            }
            double mean = sum / count;
            total += Math.sqrt(Math.max(0, sumSquares / count - mean * mean));
        }
        return total / pixels;
    }
}
