package org.ganclassroom.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void ticksAreRoundAndCoverTheRange() {
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, AxisTicks.nice(0, 1, 4), 1e-12);
        assertArrayEquals(new double[] {0, 1000, 2000, 3000, 4000}, AxisTicks.nice(0, 3620, 4), 1e-9);
        assertArrayEquals(new double[] {0.5, 1, 1.5, 2, 2.5}, AxisTicks.nice(0.61, 2.4, 4), 1e-12);
        assertArrayEquals(new double[] {-2, 0, 2, 4}, AxisTicks.nice(-1.2, 3.1, 3), 1e-12);
    }

    @Test
    void aFlatOrEmptyRangeGivesOneTick() {
        assertArrayEquals(new double[] {3}, AxisTicks.nice(3, 3, 4));
        assertArrayEquals(new double[] {0}, AxisTicks.nice(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4));
    }

    @Test
    void labelsHaveTheDecimalsTheirStepNeeds() {
        double[] quarters = AxisTicks.nice(0, 1, 4);
        assertEquals("0.25", AxisTicks.format(0.25, quarters));
        assertEquals("1.00", AxisTicks.format(1, quarters));
        double[] halves = AxisTicks.nice(0.61, 2.4, 4);
        assertEquals("1.5", AxisTicks.format(1.5, halves));
        assertEquals("0", AxisTicks.format(-0.0, AxisTicks.nice(-1.2, 3.1, 3)));
    }

    @Test
    void aStepAxisNeverRepeatsAWholeNumber() {
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0, 1}, AxisTicks.niceWhole(0, 1, 8),
                "an empty plot's 0..1 range gave 0, 0.25, ... written 0 0 0 1 1");
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0, 100, 200, 300}, AxisTicks.niceWhole(0, 300, 3));
    }

    @Test
    void ticksAreWrittenInTheWindowsLanguage() {
        org.ganclassroom.ui.Texts.use("fr");
        try {
            assertEquals("0,25", AxisTicks.format(0.25, new double[] {0, 0.25, 0.5}));
        } finally {
            org.ganclassroom.ui.Texts.use("en");
        }
    }
}
