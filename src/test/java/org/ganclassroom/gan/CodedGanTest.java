package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.nn.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classroom preset's additions to the DCGAN: the InfoGAN code, D's hidden layer, G's weight average. */
class CodedGanTest {

    private static ImageSet train;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadData() throws Exception {
        train = new Datasets(Path.of("sample-data")).training(Datasets.MNIST);
    }

    @Test
    void gInputsAreNoiseThenAOneHotCode() {
        Preset preset = TestPresets.tinyWithCode();
        int[] codes = new int[50];
        float[] latent = GanModel.latent(preset, 50, new SplittableRandom(3), codes);
        int input = preset.generatorInputSize();
        assertEquals(50 * input, latent.length);
        boolean[] seen = new boolean[4];
        for (int s = 0; s < 50; s++) {
            float[] code = Arrays.copyOfRange(latent, s * input + 16, (s + 1) * input);
            float[] oneHot = new float[4];
            oneHot[codes[s]] = 1f;
            assertArrayEquals(oneHot, code, "sample " + s);
            seen[codes[s]] = true;
        }
        assertArrayEquals(new boolean[] {true, true, true, true}, seen, "50 draws use every code value");

        float[] grid = GanModel.latent(preset, 8, new SplittableRandom(3), null);
        for (int s = 0; s < 8; s++) {
            assertEquals(1f, grid[s * input + 16 + s % 4], "grid cell " + s + " has code " + s % 4);
        }
    }

    @Test
    void theCodedRecipeTrainsGOnTheFakesDJustSawAndThePlainDcganOnFreshNoise() {
        GanModel coded = GanModel.create(TestPresets.tinyWithCode(), 3);
        assertTrue(coded.preset().reusesFakes());
        for (int i = 0; i < 3; i++) {
            coded.trainStep(train, GanModel.StepKind.BOTH);
        }
        assertEquals(3, coded.generatorTrainingPasses(), "one pass through G per step, shared by D's and G's steps");
        coded.trainStep(train, GanModel.StepKind.GENERATOR_ONLY);
        assertEquals(4, coded.generatorTrainingPasses(), "Step G alone draws its own fakes");

        GanModel plain = GanModel.create(TestPresets.tiny(), 3);
        assertFalse(plain.preset().reusesFakes(), "the reference stays step for step the PyTorch DCGAN");
        for (int i = 0; i < 3; i++) {
            plain.trainStep(train, GanModel.StepKind.BOTH);
        }
        assertEquals(6, plain.generatorTrainingPasses(), "fresh noise for G's step, as the paper's Algorithm 1");
    }

    @Test
    void dLearnsToReadTheCodeAndGLearnsToWriteIt() {
        GanModel model = GanModel.create(TestPresets.tinyWithCode(), 3);
        double before = codeReadRate(model);
        for (int i = 0; i < 150; i++) {
            assertTrue(model.trainStep(train, GanModel.StepKind.BOTH).isFinite(), "step " + i);
        }
        double after = codeReadRate(model);
        // chance is 1 in 4; reading it needs both D's guess and G's drawings to depend on the code
        assertTrue(after > 0.8, "D reads the code of " + after + " of fakes after 150 steps (before: " + before + ")");
    }

    @Test
    void dSortsRealImagesIntoEveryCodeValueConfidently() {
        GanModel model = GanModel.create(TestPresets.tinyWithCode(), 3);
        for (int i = 0; i < 150; i++) {
            model.trainStep(train, GanModel.StepKind.BOTH);
        }
        double[] guesses = realGuesses(model);
        for (int value = 0; value < 4; value++) {
            assertTrue(guesses[value] >= 0.05, "code value " + value + " gets real images: " + Arrays.toString(guesses));
        }
        // without the cluster term (weight 0) the same run's mean confidence is 0.69
        assertTrue(guesses[4] > 0.8, "D is confident about real images' code values: " + Arrays.toString(guesses));
    }

    @Test
    void picturesComeFromTheAverageWhichLagsTheLiveWeights() {
        GanModel model = GanModel.create(TestPresets.tinyWithCode(), 4);
        float[] atStart = model.fixedSamples();
        assertArrayEquals(atStart, live(model), "a fresh average is the live weights");
        for (int i = 0; i < 30; i++) {
            model.trainStep(train, GanModel.StepKind.BOTH);
        }
        float[] averaged = model.fixedSamples();
        float[] current = live(model);
        assertFalse(Arrays.equals(averaged, current), "after training, the average draws other pictures");
        assertFalse(Arrays.equals(averaged, atStart), "the average moves with training");
        assertArrayEquals(current, live(model), "drawing with the average puts the live weights back");
    }

    @Test
    void checkpointKeepsCodeHiddenLayerAndAverage() throws Exception {
        GanModel original = GanModel.create(TestPresets.tinyWithCode(), 5);
        for (int i = 0; i < 5; i++) {
            original.trainStep(train, GanModel.StepKind.BOTH);
        }
        Path file = dir.resolve("coded.zip");
        Checkpoint.save(original, file);

        GanModel restored = Checkpoint.load(file);
        assertEquals(original.preset(), restored.preset());
        assertArrayEquals(original.sampleGrid().pixels(), restored.sampleGrid().pixels());
        assertArrayEquals(original.generate(20, 9), restored.generate(20, 9));
        StepResult next = original.trainStep(train, GanModel.StepKind.BOTH);
        StepResult resumed = restored.trainStep(train, GanModel.StepKind.BOTH);
        assertEquals(next.generatorLoss(), resumed.generatorLoss(), 1e-6);
        assertArrayEquals(original.sampleGrid().pixels(), restored.sampleGrid().pixels(),
                "the average resumes where it was");
    }

    /** Share of 200 fresh fakes (live G) whose code value D's code outputs pick out. */
    private static double codeReadRate(GanModel model) {
        Preset preset = model.preset();
        int count = 200;
        int[] codes = new int[count];
        float[] latent = GanModel.latent(preset, count, new SplittableRandom(77), codes);
        Tensor fakes = model.generator().forward(Tensor.of(latent), count, false);
        Tensor outputs = model.discriminator().forward(fakes, count, false);
        int width = preset.discriminatorOutputs();
        int read = 0;
        for (int r = 0; r < count; r++) {
            int best = 0;
            for (int j = 1; j < width - 1; j++) {
                best = outputs.get(r * width + 1 + j) > outputs.get(r * width + 1 + best) ? j : best;
            }
            read += best == codes[r] ? 1 : 0;
        }
        return read / (double) count;
    }

    /**
     * D's code guesses on 400 real images: the share given to each code value (argmax), then the mean
     * probability of the value chosen.
     */
    private static double[] realGuesses(GanModel model) {
        int count = 400;
        int width = model.preset().discriminatorOutputs();
        int values = width - 1;
        float[] real = new float[count * 784];
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = i * 97;
        }
        train.fillBatch(indices, real);
        Tensor outputs = model.discriminator().forward(Tensor.of(real), count, false);
        double[] result = new double[values + 1];
        for (int r = 0; r < count; r++) {
            double max = Double.NEGATIVE_INFINITY;
            int best = 0;
            for (int j = 0; j < values; j++) {
                float logit = outputs.get(r * width + 1 + j);
                if (logit > max) {
                    max = logit;
                    best = j;
                }
            }
            double sum = 0;
            for (int j = 0; j < values; j++) {
                sum += Math.exp(outputs.get(r * width + 1 + j) - max);
            }
            result[best] += 1.0 / count;
            result[values] += 1 / sum / count;
        }
        return result;
    }

    /** The grid's pictures drawn by G's live weights. */
    private static float[] live(GanModel model) {
        Tensor latent = Tensor.of(model.fixedNoise());
        return model.generator().forward(latent, GanModel.GRID_SAMPLES, false).toArray();
    }
}
