package org.ganclassroom.gan.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The 2-D lab's GAN learns: its fakes move onto the ring and D's verdict tells the ring from the rest. */
class ToyGanTest {

    @Test
    void fakesLearnTheRingAndDsHeatMapFollowsIt() {
        ToyGan gan = new ToyGan(new Distribution.Ring(), 3);
        double before = meanDistanceFromRing(gan.frame().fake());
        for (int i = 0; i < 1500; i++) {
            gan.step();
        }
        ToyGan.Frame frame = gan.frame();
        double after = meanDistanceFromRing(frame.fake());
        assertTrue(after < before / 2 && after < 0.35, "fakes " + before + " -> " + after + " from the ring");
        assertEquals(1500, frame.step());
        assertEquals(ToyGan.HEAT * ToyGan.HEAT, frame.heat().length);
        for (float p : frame.heat()) {
            assertTrue(p >= 0 && p <= 1);
        }
        assertTrue(Double.isFinite(frame.discriminatorLoss()) && Double.isFinite(frame.generatorLoss()));
        // where G pushes its fakes: on average towards the ring from outside it
        assertEquals(ToyGan.BATCH * 2, frame.push().length);
    }

    @Test
    void everyShapeSamplesPointsInThePlot() {
        float[] xy = new float[2000];
        for (String name : Distribution.names()) {
            Distribution.named(name).sample(new SplittableRandom(1), 1000, xy);
            for (float v : xy) {
                assertTrue(Math.abs(v) < ToyGan.EXTENT, name + " drew " + v);
            }
        }
        Distribution.Drawn drawn = new Distribution.Drawn(java.util.List.of()).with(0.5f, -0.5f);
        drawn.sample(new SplittableRandom(2), 1000, xy);
        for (int i = 0; i < 1000; i++) {
            assertTrue(Math.hypot(xy[2 * i] - 0.5, xy[2 * i + 1] + 0.5) < 0.4);
        }
    }

    private static double meanDistanceFromRing(float[] xy) {
        double sum = 0;
        for (int i = 0; i < xy.length / 2; i++) {
            sum += Math.abs(Math.hypot(xy[2 * i], xy[2 * i + 1]) - 1);
        }
        return sum / (xy.length / 2);
    }

    @Test
    void lessonFilesNameTheSameShapesAsTheLab() throws Exception {
        var field = Class.forName("org.ganclassroom.lesson.LessonFileParser").getDeclaredField("SHAPES");
        field.setAccessible(true);
        assertEquals(Distribution.names(), field.get(null));
    }
}
