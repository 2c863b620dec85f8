package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricHistoryTest {

    private static StepResult step(long n, double value) {
        return new StepResult(n, true, true, value, value, value, value);
    }

    @Test
    void anHourOfStepsStaysWithinCapacityAndKeepsTheCurveShape() {
        MetricHistory history = new MetricHistory(100);
        for (int n = 1; n <= 36_000; n++) {
            history.add(step(n, n)); // a rising line
        }
        List<MetricHistory.Point> points = history.points();
        assertTrue(points.size() <= 101, "points: " + points.size());
        assertTrue(points.size() >= 50, "points: " + points.size());
        assertEquals(36_000, points.get(points.size() - 1).step());
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).generatorLoss() > points.get(i - 1).generatorLoss(), "still rising at " + i);
        }
    }

    @Test
    void mergedPointsAverageTheirSteps() {
        MetricHistory history = new MetricHistory(4);
        history.add(step(1, 1));
        history.add(step(2, 3));
        history.add(step(3, 5));
        history.add(step(4, 7)); // full: pairs merge into (2, mean 2) and (4, mean 6)
        List<MetricHistory.Point> points = history.points();
        assertEquals(2, points.size());
        assertEquals(2, points.get(0).step());
        assertEquals(2.0, points.get(0).discriminatorLoss());
        assertEquals(6.0, points.get(1).discriminatorLoss());
        assertEquals(2, history.stepsPerPoint());
    }

    @Test
    void aDOnlyStepDoesNotDragTheGCurveToNaN() {
        MetricHistory history = new MetricHistory(4);
        history.add(new StepResult(1, true, false, 0.5, Double.NaN, 0.8, 0.2));
        history.add(step(2, 1));
        history.add(step(3, 1));
        history.add(step(4, 1));
        assertEquals(1.0, history.points().get(0).generatorLoss());
    }

    @Test
    void timelineKeepsFirstAndNewestWhenThinned() {
        GridTimeline timeline = new GridTimeline(4);
        for (int n = 0; n < 20; n++) {
            timeline.add(SampleGrid.of(n, new float[784], 1, 28));
        }
        List<SampleGrid> grids = timeline.grids();
        assertTrue(grids.size() <= 4, "grids: " + grids.size());
        assertEquals(0, grids.get(0).step());
        assertEquals(19, grids.get(grids.size() - 1).step());
    }
}
