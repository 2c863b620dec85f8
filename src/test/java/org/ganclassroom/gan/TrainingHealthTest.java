package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainingHealthTest {

    @Test
    void nanLossPausesWithAReasonAStudentCanRead() {
        Optional<String> reason = new TrainingHealth().afterStep(new StepResult(12, true, true, Double.NaN, 1, 0.5, 0.5));
        assertTrue(reason.orElseThrow().contains("step 12"));
        assertTrue(reason.orElseThrow().contains("learning rate is probably too high"));
    }

    @Test
    void skippedNetworkIsNotMistakenForNaN() {
        assertEquals(Optional.empty(),
                new TrainingHealth().afterStep(new StepResult(1, true, false, 0.6, Double.NaN, 0.5, 0.4)));
    }

    @Test
    void identicalSamplesAreModeCollapse() {
        float[] same = new float[64 * 784];
        assertTrue(new TrainingHealth().afterSamples(500, same, 64, 784).orElseThrow().contains("mode collapse"));
        assertEquals(Optional.empty(), new TrainingHealth().afterSamples(10, same, 64, 784), "too early to judge");
    }

    @Test
    void variedSamplesAreHealthy() {
        float[] varied = new float[64 * 784];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < varied.length; i++) {
            varied[i] = random.nextFloat() * 2 - 1;
        }
        assertEquals(Optional.empty(), new TrainingHealth().afterSamples(500, varied, 64, 784));
    }

    @Test
    void discriminatorThatAlwaysWinsIsReportedAfterALongStreak() {
        TrainingHealth health = new TrainingHealth();
        Optional<String> reason = Optional.empty();
        for (int i = 1; i <= TrainingHealth.DOMINANCE_STEPS; i++) {
            reason = health.afterStep(new StepResult(i, true, true, 0.0001, 12, 0.99, 0.00001));
        }
        assertTrue(reason.orElseThrow().contains("no useful feedback"));
    }

    @Test
    void explodedLossesAreCalledDivergenceNotModeCollapse() {
        // what a run at learning rate 1 looked like: loss 7.5e11, D(x) = D(G(z)) = 1.00
        Optional<String> reason = new TrainingHealth().afterStep(new StepResult(300, true, true, 7.5e11, 3.2, 1.0, 1.0));
        assertTrue(reason.orElseThrow().contains("diverged"), reason.toString());
        assertTrue(!reason.get().contains("mode collapse"), reason.get());
    }
}
