package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The latent-space lab's maths, and that what it draws is G's picture of exactly those inputs. */
class LatentSpaceTest {

    private final GanModel model = GanModel.create(TestPresets.tinyWithCode(), 5);
    private final LatentSpace space = new LatentSpace(model.preset());

    @Test
    void walkEndsAreTheTwoChosenFakesExactly() {
        List<float[]> pool = space.random(6, 11);
        float[] poolPictures = model.drawEach(LatentSpace.concat(pool), pool.size());
        for (boolean spherical : new boolean[] {false, true}) {
            List<float[]> walk = space.walk(pool.get(1), pool.get(4), 9, spherical);
            float[] walkPictures = model.drawEach(LatentSpace.concat(walk), walk.size());
            int pixels = 28 * 28;
            assertArrayEquals(java.util.Arrays.copyOfRange(poolPictures, pixels, 2 * pixels),
                    java.util.Arrays.copyOfRange(walkPictures, 0, pixels), "first picture is fake 1");
            assertArrayEquals(java.util.Arrays.copyOfRange(poolPictures, 4 * pixels, 5 * pixels),
                    java.util.Arrays.copyOfRange(walkPictures, 8 * pixels, 9 * pixels), "last picture is fake 4");
        }
    }

    @Test
    void linearMiddleIsTheAverageAndSphericalKeepsTheLength() {
        List<float[]> two = space.random(2, 3);
        float[] a = two.get(0);
        float[] b = two.get(1);
        float[] middle = space.between(a, b, 0.5, false);
        for (int k = 0; k < space.size(); k++) {
            assertEquals((a[k] + b[k]) / 2, middle[k], 1e-6);
        }
        float[] arc = space.between(a, b, 0.5, true);
        double lengthA = length(a, 16);
        double lengthB = length(b, 16);
        double lengthArc = length(arc, 16);
        assertTrue(lengthArc > length(middle, 16), "the arc's middle is longer than the line's");
        assertTrue(lengthArc >= Math.min(lengthA, lengthB) * 0.95, lengthArc + " vs " + lengthA + ", " + lengthB);
        // the code part moves linearly in both
        for (int k = 16; k < space.size(); k++) {
            assertEquals((a[k] + b[k]) / 2, arc[k], 1e-6);
        }
    }

    @Test
    void arithmeticIsMeanAMinusMeanBPlusMeanCAndWhatIsDrawnIsThatPoint() {
        List<float[]> points = space.random(5, 8);
        float[] result = space.arithmetic(points.subList(0, 2), points.subList(2, 3), points.subList(3, 5));
        for (int k = 0; k < space.size(); k++) {
            float expected = (points.get(0)[k] + points.get(1)[k]) / 2 - points.get(2)[k]
                    + (points.get(3)[k] + points.get(4)[k]) / 2;
            assertEquals(expected, result[k], 1e-5);
        }
        assertArrayEquals(model.drawEach(result, 1), model.drawEach(result.clone(), 1), "drawing is repeatable");
        assertThrows(IllegalArgumentException.class, () -> space.arithmetic(List.of(), points, points));
    }

    @Test
    void everyCodeKeepsTheNoiseAndSetsOneSwitch() {
        float[] point = space.random(1, 2).get(0);
        List<float[]> row = space.everyCode(point);
        assertEquals(4, row.size());
        for (int value = 0; value < 4; value++) {
            float[] p = row.get(value);
            assertArrayEquals(java.util.Arrays.copyOf(point, 16), java.util.Arrays.copyOf(p, 16));
            for (int c = 0; c < 4; c++) {
                assertEquals(c == value ? 1f : 0f, p[16 + c]);
            }
        }
    }

    private static double length(float[] point, int noise) {
        double sum = 0;
        for (int k = 0; k < noise; k++) {
            sum += point[k] * (double) point[k];
        }
        return Math.sqrt(sum);
    }
}
