package org.ganclassroom.quiz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.Checkpoint;
import org.ganclassroom.gan.CheckpointException;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.Preset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds built from real test digits and a real (tiny, untrained) generator saved as checkpoints. */
class FakeOrRealRoundTest {

    @TempDir
    static Path dir;

    private static ImageSet real;
    private static Forgers forgers;

    @BeforeAll
    static void setUp() throws Exception {
        real = new Datasets(Path.of("sample-data")).test(Datasets.MNIST).first(200);
        Preset tiny = new Preset("tiny", 16, new int[] {16, 8}, new int[] {8, 16}, 8, 1e-3, 1e-3, 0.5, 0.2);
        Checkpoint.save(GanModel.create(tiny, 1), dir.resolve("mnist-1-early.zip"));
        Checkpoint.save(GanModel.create(tiny, 2), dir.resolve("mnist-2-late.zip"));
        forgers = CheckpointForgers.load(dir, "mnist");
    }

    @Test
    void singleModeMixesRealAndFakeReproduciblyWithTheDiscriminatorsVerdicts() {
        FakeOrRealRound a = FakeOrRealRound.build(10, false, 42, real, forgers);
        FakeOrRealRound b = FakeOrRealRound.build(10, false, 42, real, forgers);
        assertEquals(10, a.questions().size());
        long reals = a.questions().stream().filter(q -> q.first().real()).count();
        assertTrue(reals >= 1 && reals <= 9, "both kinds appear: " + reals);
        for (int i = 0; i < 10; i++) {
            assertEquals(a.questions().get(i).first().real(), b.questions().get(i).first().real());
            assertArrayEquals(a.questions().get(i).first().pixels(), b.questions().get(i).first().pixels());
            double d = a.questions().get(i).first().discriminatorScore();
            assertTrue(d >= 0 && d <= 1, "D(x) is a probability: " + d);
        }
        assertTrue(a.forgerDescription().contains("step 0"), a.forgerDescription());
    }

    @Test
    void aTwoImageRoundAlwaysHasOneRealAndOneFake() {
        for (long seed = 0; seed < 40; seed++) {
            FakeOrRealRound round = FakeOrRealRound.build(2, false, seed, real, forgers);
            long reals = round.questions().stream().filter(q -> q.first().real()).count();
            assertEquals(1, reals, "seed " + seed);
        }
    }

    @Test
    void pairModeHasOneRealPerQuestionAndScoresPicks() {
        FakeOrRealRound round = FakeOrRealRound.build(6, true, 7, real, forgers);
        for (int i = 0; i < 6; i++) {
            FakeOrRealRound.Question q = round.questions().get(i);
            assertTrue(q.isPair());
            assertTrue(q.first().real() != q.second().real());
            assertTrue(round.isRight(i, q.realIsFirst()));
            assertTrue(!round.isRight(i, !q.realIsFirst()));
        }
        int d = round.discriminatorCorrect();
        assertTrue(d >= 0 && d <= 6);
    }

    @Test
    void noShippedGeneratorIsAClearError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CheckpointException error = assertThrows(CheckpointException.class, () -> CheckpointForgers.load(empty, "fashion"));
        assertTrue(error.getMessage().contains("no shipped generator for fashion"), error.getMessage());
    }
}
