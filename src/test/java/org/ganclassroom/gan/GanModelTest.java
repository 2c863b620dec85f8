package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GanModelTest {

    private static ImageSet train;
    private static ImageSet heldOut;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadData() throws Exception {
        Datasets datasets = new Datasets(Path.of("sample-data"));
        train = datasets.training(Datasets.MNIST);
        heldOut = datasets.test(Datasets.MNIST).first(256);
    }

    @Test
    void itLearnsTheDiscriminatorTellsHeldOutRealFromFreshFakes() {
        GanModel model = GanModel.create(TestPresets.tiny(), 7);
        for (int i = 0; i < 250; i++) {
            StepResult result = model.trainStep(train, GanModel.StepKind.BOTH);
            assertTrue(result.isFinite(), "step " + i + " " + result);
        }
        float[] real = new float[heldOut.count() * 784];
        int[] all = java.util.stream.IntStream.range(0, heldOut.count()).toArray();
        heldOut.fillBatch(all, real);
        double[] onReal = model.discriminate(real, heldOut.count());
        double[] onFake = model.discriminate(model.generate(heldOut.count(), 99), heldOut.count());
        int correct = 0;
        for (int i = 0; i < heldOut.count(); i++) {
            correct += (onReal[i] > 0.5 ? 1 : 0) + (onFake[i] < 0.5 ? 1 : 0);
        }
        double accuracy = correct / (2.0 * heldOut.count());
        assertTrue(accuracy > 0.7, "D accuracy on held-out real vs fresh fakes: " + accuracy);
    }

    @Test
    void aFixedSeedReproducesTheRun() {
        assertEquals(run(11, 4), run(11, 4));
    }

    @Test
    void checkpointRoundTripResumesWithTheSameNextStep() throws Exception {
        GanModel original = GanModel.create(TestPresets.tiny(), 5);
        original.setBatchSize(16);
        original.setLearningRate(5e-4);
        for (int i = 0; i < 3; i++) {
            original.trainStep(train, GanModel.StepKind.BOTH);
        }
        Path file = dir.resolve("checkpoint.zip");
        Checkpoint.save(original, file);

        GanModel restored = Checkpoint.load(file);
        assertEquals(3, restored.step());
        assertEquals(original.preset(), restored.preset());
        assertEquals(16, restored.batchSize());
        assertEquals(5e-4, restored.generatorLearningRate());
        assertArrayEquals(original.sampleGrid().pixels(), restored.sampleGrid().pixels());

        StepResult next = original.trainStep(train, GanModel.StepKind.BOTH);
        StepResult resumed = restored.trainStep(train, GanModel.StepKind.BOTH);
        assertEquals(next.discriminatorLoss(), resumed.discriminatorLoss(), 1e-6);
        assertEquals(next.generatorLoss(), resumed.generatorLoss(), 1e-6);
        assertEquals(next.meanFakeScore(), resumed.meanFakeScore(), 1e-6);
    }

    @Test
    void sampleGridShowsSixtyFourForgeriesInAnEightByEightGrid() {
        SampleGrid grid = GanModel.create(TestPresets.tiny(), 1).sampleGrid();
        assertEquals(8, grid.columns());
        assertEquals(8, grid.rows());
        assertEquals(8 * 30 + 2, grid.width());
    }

    @Test
    void withACodeEachGridColumnHoldsOneCodeValue() {
        SampleGrid grid = GanModel.create(TestPresets.tinyWithCode(), 1).sampleGrid();
        assertEquals(4, grid.columns(), "the tiny coded preset has 4 code values");
        assertEquals(16, grid.rows());
        assertEquals(64, grid.count(), "every one of the 64 fakes, no empty cell, reaches the judge");
        assertEquals(64 * 28 * 28, grid.cellImages().length);
        SampleGrid classroom = GanModel.create(org.ganclassroom.gan.Preset.classroom(), 1).sampleGrid();
        assertEquals(10, classroom.columns());
        assertEquals(7, classroom.rows(), "64 in rows of 10: the last row has 4");
        assertEquals(64, classroom.count());
    }

    @Test
    void gridCellsComeBackAsTheImagesTheyShow() {
        float[] images = new float[4 * 784];
        for (int i = 0; i < images.length; i++) {
            images[i] = (i % 255) / 127.5f - 1f;
        }
        float[] back = SampleGrid.of(1, images, 4, 28).cellImages();
        assertEquals(images.length, back.length);
        for (int i = 0; i < images.length; i++) {
            assertEquals(images[i], back[i], 1.0 / 127.5, "pixel " + i);
        }
    }

    private static List<Double> run(long seed, int steps) {
        GanModel model = GanModel.create(TestPresets.tiny(), seed);
        List<Double> numbers = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            StepResult r = model.trainStep(train, GanModel.StepKind.BOTH);
            numbers.add(r.discriminatorLoss());
            numbers.add(r.generatorLoss());
        }
        return numbers;
    }

    @Test
    void underTheMinMaxLossGsPushVanishesOnceDRejectsItsFakes() {
        GanModel nonSaturating = GanModel.create(TestPresets.tiny(), 4);
        GanModel minMax = GanModel.create(TestPresets.tiny(), 4);
        minMax.setGeneratorLoss(GanModel.GeneratorLoss.MIN_MAX);
        StepResult d = null;
        for (int i = 0; i < 40; i++) { // Step D, again and again: D learns to reject the fakes
            d = nonSaturating.trainStep(train, GanModel.StepKind.DISCRIMINATOR_ONLY);
            minMax.trainStep(train, GanModel.StepKind.DISCRIMINATOR_ONLY);
        }
        assertTrue(d.meanFakeScore() < 0.1, "D rejects the fakes: D(G(z)) = " + d.meanFakeScore());
        StepResult strong = nonSaturating.trainStep(train, GanModel.StepKind.GENERATOR_ONLY);
        StepResult weak = minMax.trainStep(train, GanModel.StepKind.GENERATOR_ONLY);
        assertTrue(strong.generatorPush() > 0.9, "non-saturating push " + strong.generatorPush());
        assertTrue(weak.generatorPush() < 0.1, "min-max push " + weak.generatorPush());
        assertEquals(strong.meanFakeScore(), weak.meanFakeScore(), 1e-6, "same fakes, same verdict");
        assertTrue(weak.generatorLoss() < 0, "log(1 - D(G(z))) is negative: " + weak.generatorLoss());
    }
}
