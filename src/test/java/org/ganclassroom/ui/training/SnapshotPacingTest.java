package org.ganclassroom.ui.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.SampleGrid;
import org.ganclassroom.gan.TrainingSnapshot;
import org.junit.jupiter.api.Test;

class SnapshotPacingTest {

    private static final long MS = 1_000_000L;
    private static final SampleGrid GRID = SampleGrid.of(10, new float[4 * 4], 1, 4);
    private static final SampleGrid NEWER_GRID = SampleGrid.of(20, new float[4 * 4], 1, 4);

    private static TrainingSnapshot at(long step, GanTrainer.State state, SampleGrid grid) {
        return new TrainingSnapshot(state, null, "classroom", step, 0, 0, 20, 32, 1e-3, null, grid);
    }

    @Test
    void countersThatOnlyTickAlongAreShownAtMostFourTimesASecond() {
        SnapshotPacing pacing = new SnapshotPacing();
        assertTrue(pacing.shouldShow(at(1, GanTrainer.State.RUNNING, GRID), 0));
        assertFalse(pacing.shouldShow(at(2, GanTrainer.State.RUNNING, GRID), 16 * MS));
        assertFalse(pacing.shouldShow(at(5, GanTrainer.State.RUNNING, GRID), 200 * MS));
        assertTrue(pacing.shouldShow(at(6, GanTrainer.State.RUNNING, GRID), 251 * MS));
    }

    @Test
    void aNewGridAPauseOrAResetIsShownOnTheNextFrame() {
        SnapshotPacing pacing = new SnapshotPacing();
        pacing.shouldShow(at(9, GanTrainer.State.RUNNING, GRID), 0);
        assertTrue(pacing.shouldShow(at(10, GanTrainer.State.RUNNING, NEWER_GRID), 16 * MS), "new grid");
        assertTrue(pacing.shouldShow(at(10, GanTrainer.State.PAUSED, NEWER_GRID), 32 * MS), "paused");
        assertTrue(pacing.shouldShow(at(0, GanTrainer.State.READY, NEWER_GRID), 48 * MS), "reset to step 0");
    }

    @Test
    void theSameSnapshotIsNeverShownTwice() {
        SnapshotPacing pacing = new SnapshotPacing();
        TrainingSnapshot snapshot = at(3, GanTrainer.State.PAUSED, GRID);
        assertTrue(pacing.shouldShow(snapshot, 0));
        assertFalse(pacing.shouldShow(snapshot, 10_000 * MS));
    }
}
