package org.ganclassroom.gan;

/**
 * A headless run's history as it trains (the {@code train} command), to be saved with its checkpoints: the
 * same bounded curves, judge's verdicts and time-lapse the dock's {@link GanTrainer} keeps, going on from
 * the history of the checkpoint it resumed, so a generator trained in stages shows its whole run on Load.
 */
public final class RunRecorder {

    private final MetricHistory curves = new MetricHistory(GanTrainer.HISTORY_POINTS);
    private final GridTimeline timeline = new GridTimeline(GanTrainer.TIMELINE_GRIDS);
    private final long pastMillis;

    /** @param past the resumed checkpoint's history, or {@link RunHistory#NONE} for a fresh run */
    public RunRecorder(RunHistory past) {
        curves.restore(past.points(), past.stepsPerPoint(), past.judged());
        timeline.restore(past.frames());
        pastMillis = past.elapsedMillis();
    }

    public void step(StepResult result) {
        curves.add(result);
    }

    public void grid(SampleGrid grid) {
        timeline.add(grid);
    }

    /** The judge's verdict on the grid of {@code step}: the share of its fakes recognised. */
    public void judged(long step, double recognised) {
        curves.addJudged(step, recognised);
    }

    /** The history so far, its clock the resumed run's plus {@code millis} of this one's training. */
    public RunHistory history(long millis) {
        return new RunHistory(pastMillis + millis, curves.stepsPerPoint(), curves.points(), curves.judged(),
                timeline.grids());
    }
}
