package org.ganclassroom.judge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ganclassroom.data.ImageSet;
import org.junit.jupiter.api.Test;

/** The copy check finds a training image a picture copies, and ranks the others by distance. */
class NearestImagesTest {

    /** 12,000 tiny 2x2 "images" (more than one chunk), image i all grey level i % 256. */
    private static ImageSet greys() {
        int count = 12_000;
        byte[] pixels = new byte[count * 4];
        for (int i = 0; i < count; i++) {
            java.util.Arrays.fill(pixels, i * 4, i * 4 + 4, (byte) (i % 200));
        }
        return new ImageSet("greys", count, 2, 2, pixels, null, List.of());
    }

    @Test
    void aCopyOfATrainingImageIsAtDistanceZeroAndTheNextNearestFollowInOrder() {
        ImageSet training = greys();
        float[] pictures = new float[8];
        training.fillBatch(new int[] {11_050}, pictures); // a copy of image 11,050 (grey 50), in the second chunk
        java.util.Arrays.fill(pictures, 4, 8, 199 / 127.5f - 1f + 0.001f); // just above the brightest grey
        NearestImages.Match[] matches = new NearestImages(training).find(pictures, 2, 3);

        assertEquals(0, matches[0].nearest(), 1e-3);
        assertEquals(50, matches[0].trainingIndices()[0] % 200, "one of the images of grey 50");
        assertEquals(199, matches[1].trainingIndices()[0] % 200);
        double[] d = matches[0].distances();
        assertArrayEquals(new double[] {0, 0, 0}, d, 1e-3, "grey 50 is in the set 60 times: the three nearest are all copies");
    }

    @Test
    void theMedianIsTheMiddleNearestDistance() {
        NearestImages.Match[] matches = {
            new NearestImages.Match(new int[] {0}, new double[] {0.5}),
            new NearestImages.Match(new int[] {1}, new double[] {0.1}),
            new NearestImages.Match(new int[] {2}, new double[] {0.3})};
        assertEquals(0.3, NearestImages.medianNearest(matches), 1e-12);
    }
}
