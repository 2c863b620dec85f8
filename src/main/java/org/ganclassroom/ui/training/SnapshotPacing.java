package org.ganclassroom.ui.training;

import java.util.Objects;
import org.ganclassroom.gan.TrainingSnapshot;

/**
 * When the panel shows a newer snapshot. Training publishes one per step (15 to 40 a second); redrawing the
 * counters each time made the FX thread restyle, lay out and repaint the dock that often, CPU the
 * training on a 2-core laptop then lacked. Numbers that only tick along are shown at most
 * {@link #COUNTER_INTERVAL_NANOS} apart; what the class must see at once (a new grid, Start/Pause, a reason
 * training stopped, a reset) is shown on the next frame.
 */
final class SnapshotPacing {

    static final long COUNTER_INTERVAL_NANOS = 250_000_000L;

    private TrainingSnapshot shown;
    private long shownAt;

    /** Whether {@code latest} should be shown at frame time {@code now}; if so, it counts as shown. */
    boolean shouldShow(TrainingSnapshot latest, long now) {
        if (latest == shown) {
            return false;
        }
        boolean urgent = shown == null || latest.state() != shown.state()
                || !Objects.equals(latest.pauseReason(), shown.pauseReason())
                || latest.grid() != shown.grid() || latest.step() < shown.step()
                || latest.batchSize() != shown.batchSize() || latest.learningRate() != shown.learningRate()
                || !latest.presetName().equals(shown.presetName());
        if (!urgent && now - shownAt < COUNTER_INTERVAL_NANOS) {
            return false;
        }
        shown = latest;
        shownAt = now;
        return true;
    }
}
