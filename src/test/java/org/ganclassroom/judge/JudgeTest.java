package org.ganclassroom.judge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeTest {

    @TempDir
    Path dir;

    private static double[] confident(int digit, double p) {
        double[] row = new double[10];
        java.util.Arrays.fill(row, (1 - p) / 9);
        row[digit] = p;
        return row;
    }

    @Test
    void reportCountsConfidentVerdictsClassesAndEntropy() {
        double[][] rows = new double[10][];
        for (int i = 0; i < 8; i++) {
            rows[i] = confident(i % 2 == 0 ? 1 : 7, 0.95); // four 1s and four 7s
        }
        rows[8] = confident(3, 0.5); // not confident
        rows[9] = confident(3, 0.6);
        JudgeReport report = JudgeReport.of(rows);
        assertEquals(0.8, report.recognisable(), 1e-9);
        assertEquals(2, report.classes());
        assertEquals(1.0, report.entropyBits(), 1e-9); // two equally common classes: one bit
        assertEquals("recognizable=0.80 classes=2 entropy_bits=1.00", report.line());
    }

    @Test
    void judgeLearnsDigitsAndSurvivesASaveAndLoad() throws Exception {
        Datasets datasets = new Datasets(Path.of("sample-data"));
        ImageSet train = datasets.training(Datasets.MNIST).first(3000);
        ImageSet test = datasets.test(Datasets.MNIST).first(500);
        Judge judge = Judge.untrained(1);
        judge.trainEpoch(train, 64, 1, seen -> { });
        double accuracy = judge.accuracy(test);
        assertTrue(accuracy > 0.8, "3,000 digits teach the judge most of MNIST: " + accuracy);

        Path file = dir.resolve("judge.zip");
        judge.save(file);
        Judge loaded = Judge.load(file);
        float[] images = new float[5 * 784];
        test.fillBatch(new int[] {0, 1, 2, 3, 4}, images);
        assertArrayEquals(judge.classify(images, 5)[2], loaded.classify(images, 5)[2], 1e-6);
    }

    @Test
    void foreignFileIsAClearError() throws Exception {
        Path text = Files.writeString(dir.resolve("judge.zip"), "no");
        assertTrue(assertThrows(java.io.IOException.class, () -> Judge.load(text)).getMessage()
                .contains("is not a judge network"));
    }
}
