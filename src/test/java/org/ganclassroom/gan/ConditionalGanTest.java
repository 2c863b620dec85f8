package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.nn.SigmoidCrossEntropy;
import org.ganclassroom.nn.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conditional preset: labels into G, a projection discriminator, "draw me a K", and its refusals. */
class ConditionalGanTest {

    private static ImageSet digits;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        digits = new Datasets(Path.of("sample-data")).training(Datasets.MNIST);
    }

    @Test
    void dJudgesEachImageForItsOwnClass() {
        // rows: [unconditional, class 0, class 1, class 2]
        Tensor outputs = Tensor.of(new float[] {0.5f, 1f, -2f, 3f, -1f, 0f, 0.25f, 2f});
        Tensor realness = ProjectionLoss.realness(outputs, 2, 4, new int[] {2, 1});
        assertEquals(3.5f, realness.get(0), 1e-6, "row 0 asked as class 2: 0.5 + 3");
        assertEquals(-0.75f, realness.get(1), 1e-6, "row 1 asked as class 1: -1 + 0.25");
        assertThrows(IllegalArgumentException.class, () -> ProjectionLoss.realness(outputs, 2, 4, new int[] {3, 0}));
    }

    @Test
    void theGradientAtDsOutputsMatchesFiniteDifferences() {
        int rows = 3;
        int width = 5;
        int[] classes = {0, 3, 1};
        float[] targets = {1f, 0f, 1f};
        float[] values = new float[rows * width];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) Math.sin(1.7 * i);
        }
        Tensor outputs = Tensor.of(values);
        Tensor logitGradient = new Tensor(rows);
        SigmoidCrossEntropy.lossAndGradient(ProjectionLoss.realness(outputs, rows, width, classes), targets,
                new float[rows], logitGradient);
        Tensor gradient = ProjectionLoss.gradient(logitGradient, rows, width, classes);
        double h = 1e-3;
        for (int i = 0; i < values.length; i++) {
            float[] up = values.clone();
            float[] down = values.clone();
            up[i] += (float) h;
            down[i] -= (float) h;
            double numeric = (loss(up, rows, width, classes, targets) - loss(down, rows, width, classes, targets)) / (2 * h);
            assertEquals(numeric, gradient.get(i), 1e-3, "output " + i);
        }
    }

    private static double loss(float[] values, int rows, int width, int[] classes, float[] targets) {
        return SigmoidCrossEntropy.lossAndGradient(ProjectionLoss.realness(Tensor.of(values), rows, width, classes),
                targets, new float[rows], new Tensor(rows));
    }

    @Test
    void itTrainsOnLabelledImagesAndDrawsTheClassItIsAskedFor() throws Exception {
        GanModel model = GanModel.create(TestPresets.tinyConditional(), 5);
        for (int i = 0; i < 20; i++) {
            assertTrue(model.trainStep(digits, GanModel.StepKind.BOTH).isFinite(), "step " + i);
        }
        float[] sevens = model.generate(4, 11, 7);
        assertArrayEquals(sevens, model.generate(4, 11, 7), "the same noise and class, the same pictures");
        assertFalse(java.util.Arrays.equals(sevens, model.generate(4, 11, 3)), "another class, other pictures");
        IllegalArgumentException noSuchClass = assertThrows(IllegalArgumentException.class, () -> model.generate(4, 11, 10));
        assertEquals("there is no class 10: the tiny-conditional preset has 0 to 9", noSuchClass.getMessage());
        float[] reals = new float[8 * 28 * 28];
        digits.fillBatch(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, reals);
        double[] verdicts = model.discriminate(reals, 8);
        for (double v : verdicts) {
            assertTrue(v > 0 && v < 1, "a verdict is a probability: " + v);
        }

        Path file = dir.resolve("conditional.zip");
        Checkpoint.save(model, file);
        GanModel loaded = Checkpoint.load(file);
        assertTrue(loaded.preset().conditional(), "the manifest keeps the preset conditional");
        assertEquals(model.preset(), loaded.preset());
        assertArrayEquals(sevens, loaded.generate(4, 11, 7));
    }

    @Test
    void imagesWithoutLabelsAreRefusedWithASentence() {
        ImageSet folder = new ImageSet("my-photos", 2, 28, 28, new byte[2 * 28 * 28], null, List.of());
        GanModel model = GanModel.create(TestPresets.tinyConditional(), 5);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> model.trainStep(folder, GanModel.StepKind.BOTH));
        assertEquals("the tiny-conditional preset learns to draw the class it is asked for, so it needs labelled"
                + " images (MNIST digits or Fashion-MNIST clothes); my-photos has no labels", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GanTrainer(model, folder, 2));
        GanModel.requireTrainable(TestPresets.tiny(), folder); // an unconditional preset learns from any pictures
    }

    @Test
    void aConditionalPresetHasOneCodeValuePerClassAndNoInfoGanTerm() {
        assertTrue(Preset.classroomConditional().conditional());
        assertTrue(Preset.byName("conditional").orElseThrow().conditional());
        assertFalse(Preset.classroom().conditional());
        assertThrows(IllegalArgumentException.class, () -> new Preset("x", 16, new int[] {16, 8}, new int[] {8, 16},
                32, 1e-3, 1e-3, 0.5, 0.2, 10, 1.0, 0, 32, 0.99, true));
        assertThrows(IllegalArgumentException.class, () -> new Preset("x", 16, new int[] {16, 8}, new int[] {8, 16},
                32, 1e-3, 1e-3, 0.5, 0.2, 0, 0, 0, 32, 0.99, true));
    }
}
