package org.ganclassroom.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.junit.jupiter.api.Test;

/** The copy check on the shipped digits: a copied training digit is flagged, a real unseen digit is not. */
class CopyCheckTest {

    @Test
    void aCopiedTrainingDigitIsNearerThanEveryRealDigitComesAndARealTestDigitIsOrdinary() throws Exception {
        Datasets datasets = Datasets.shipped();
        ImageSet training = datasets.training(Datasets.MNIST);
        ImageSet test = datasets.test(Datasets.MNIST);
        CopyCheck check = CopyCheck.of(training, test);
        assertEquals(CopyCheck.YARDSTICK, check.realsMeasured());
        assertTrue(check.yardstickMedian() > 0.15 && check.yardstickMedian() < 0.6, "median " + check.yardstickMedian());

        float[] pictures = new float[2 * 28 * 28];
        training.fillBatch(new int[] {1234}, pictures); // a "fake" that is training digit 1,234
        float[] unseen = new float[28 * 28];
        test.fillBatch(new int[] {9000}, unseen); // a real digit outside the yardstick's 256
        System.arraycopy(unseen, 0, pictures, 28 * 28, unseen.length);
        CopyCheck.Inspection found = check.inspect(pictures, 2);

        assertEquals(1234, found.matches()[0].trainingIndices()[0]);
        assertEquals(0, found.matches()[0].nearest(), 1e-3);
        assertEquals(CopyCheck.NEIGHBOURS, found.matches()[0].distances().length);
        assertEquals(100, check.percentOfRealsFartherThan(found.matches()[0].nearest()), "nearer than every real digit");
        int unseenPercent = check.percentOfRealsFartherThan(found.matches()[1].nearest());
        assertTrue(unseenPercent > 2 && unseenPercent < 98, "an unseen real digit is ordinary: " + unseenPercent + "%");
        assertEquals(28 * 28, check.trainingImage(1234).length);
    }
}
