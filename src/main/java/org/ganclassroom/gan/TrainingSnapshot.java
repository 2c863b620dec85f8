package org.ganclassroom.gan;

/**
 * What the class should see about a run at one moment. Immutable, so the training thread can hand it to
 * any reader without locks.
 *
 * @param state          what the trainer is doing now
 * @param pauseReason    why training paused by itself (a sentence for students), or null
 * @param epoch          passes over the dataset so far (fractional)
 * @param stepsPerSecond recent training speed; 0 when not running
 * @param lastStep       the latest step's numbers, or null before the first step
 * @param grid           the latest sample grid from the fixed noise, or null before the first one
 */
public record TrainingSnapshot(GanTrainer.State state, String pauseReason, String presetName, long step,
                               double epoch, long elapsedMillis, double stepsPerSecond, int batchSize,
                               double learningRate, StepResult lastStep, SampleGrid grid) {

    /** The same numbers under a newer state and settings (commands change these without a step). */
    TrainingSnapshot withControls(GanTrainer.State newState, String reason, int batch, double rate) {
        return new TrainingSnapshot(newState, reason, presetName, step, epoch, elapsedMillis,
                newState == GanTrainer.State.RUNNING ? stepsPerSecond : 0, batch, rate, lastStep, grid);
    }
}
