package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ganclassroom.nn.Param;
import org.junit.jupiter.api.Test;

class GeneratorAverageTest {

    @Test
    void theAverageFollowsTheLiveWeightsWithTheWarmUpDecay() {
        int size = 10_000; // several blocks, so the blend runs split across threads
        Param weights = Param.trainable("w", size);
        weights.value().fill(1f);
        GeneratorAverage average = new GeneratorAverage(List.of(weights), 0.999);
        average.reset();
        weights.value().fill(3f);
        average.update(); // first update: decay (1 + 1) / (10 + 1)
        double d1 = 2.0 / 11;
        weights.value().fill(-1f);
        average.update(); // second: (1 + 2) / (10 + 2)
        double d2 = 3.0 / 12;
        double expected = d2 * (d1 * 1 + (1 - d1) * 3) + (1 - d2) * -1;
        float[] values = average.values();
        for (int i = 0; i < size; i++) {
            assertEquals(expected, values[i], 1e-5, "value " + i);
        }
        assertEquals(-1f, weights.value().get(size - 1), "the live weights are left alone");
        assertEquals((float) expected, average.with(() -> weights.value().get(1234)), 1e-5,
                "pictures are drawn with the average");
    }
}
