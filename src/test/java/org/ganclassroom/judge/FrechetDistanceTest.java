package org.ganclassroom.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Fréchet distance against cases worked out by hand. */
class FrechetDistanceTest {

    private static double[][] cloud(int n, int dims, long seed, double scale, double shift) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][dims];
        for (double[] row : rows) {
            for (int d = 0; d < dims; d++) {
                // a correlated cloud: each feature leans on the one before it
                row[d] = scale * (gaussian(random) + (d > 0 ? 0.5 * row[d - 1] / scale : 0)) + shift;
            }
        }
        return rows;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void aCloudIsAtDistanceZeroFromItself() {
        double[][] a = cloud(300, 8, 1, 1, 0);
        assertEquals(0, FrechetDistance.between(a, a), 1e-6);
    }

    @Test
    void movingACloudAddsTheSquareOfHowFarItsCentreMoved() {
        double[][] a = cloud(300, 6, 2, 1, 0);
        double[][] moved = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            moved[i] = a[i].clone();
            moved[i][0] += 3; // the centre moves by 3 along one feature, the shape stays
            moved[i][1] -= 4; // and by 4 along another: 5 in all
        }
        assertEquals(25, FrechetDistance.between(a, moved), 1e-6);
    }

    @Test
    void twoCloudsWithOneCentreDifferInTheirSpreadAlone() {
        // N(0, 4 I) and N(0, I) in 2-D: 2 x (2 - 1)^2 = 2
        var wide = new FrechetDistance.Gaussian(new double[] {0, 0}, new double[][] {{4, 0}, {0, 4}}, 100);
        var narrow = new FrechetDistance.Gaussian(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}}, 100);
        assertEquals(2, FrechetDistance.between(wide, narrow), 1e-9);
        // a collapsed cloud (all its points on one line) is far from the full one though both share a centre
        var collapsed = new FrechetDistance.Gaussian(new double[] {0, 0}, new double[][] {{4, 0}, {0, 0}}, 100);
        assertEquals(4, FrechetDistance.between(wide, collapsed), 1e-9);
    }

    @Test
    void itIsSymmetricAndGrowsAsTheCloudsDrawApart() {
        double[][] a = cloud(400, 10, 3, 1, 0);
        double[][] near = cloud(400, 10, 4, 1.1, 0.1);
        double[][] far = cloud(400, 10, 5, 2, 1);
        double ab = FrechetDistance.between(a, near);
        assertEquals(ab, FrechetDistance.between(near, a), 1e-6 * Math.max(1, ab));
        assertTrue(ab < FrechetDistance.between(a, far), ab + " vs " + FrechetDistance.between(a, far));
    }

    @Test
    void fewerThanTwoSamplesOrUnequalFeaturesAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> FrechetDistance.between(new double[1][3], new double[5][3]));
        assertThrows(IllegalArgumentException.class, () -> FrechetDistance.between(cloud(5, 3, 1, 1, 0), cloud(5, 4, 1, 1, 0)));
    }
}
