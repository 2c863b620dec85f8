package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint carries its history: the curves, the time-lapse and the clock of the run that made it, and a
 * trainer that loads it goes on from there (the step, the clock, the curves, the frames).
 */
class CheckpointHistoryTest {

    @TempDir
    Path temp;

    private GanTrainer trainer;
    private GanTrainer second;

    @AfterEach
    void close() {
        for (GanTrainer t : new GanTrainer[] {trainer, second}) {
            if (t != null) {
                t.close();
            }
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(10);
        }
    }

    @Test
    void aSavedRunsCurvesTimeLapseAndClockComeBackWithIt() throws Exception {
        ImageSet data = new Datasets(Path.of("sample-data")).test(Datasets.MNIST).first(500);
        GanModel model = GanModel.create(TestPresets.tiny(), 3);
        model.setBatchSize(8);
        trainer = new GanTrainer(model, data, 5);
        for (int i = 0; i < 30; i++) {
            trainer.step();
        }
        waitUntil(() -> trainer.latest().step() == 30);
        trainer.history().addJudged(10, 0.25); // what the dock's judge said along the way
        trainer.history().addJudged(30, 0.5);
        Path file = temp.resolve("run.zip");
        trainer.save(file, "mnist");
        List<MetricHistory.Point> curves = trainer.history().points();
        long elapsed = trainer.latest().elapsedMillis();
        int frames = trainer.timeline().size();
        assertTrue(frames >= 6 && curves.size() == 30, frames + " frames, " + curves.size() + " points");

        RunHistory past = Checkpoint.history(file);
        assertEquals(30, past.points().size());
        assertEquals(curves.get(29).step(), past.points().get(29).step());
        assertEquals(curves.get(29).generatorLoss(), past.points().get(29).generatorLoss(), 1e-5);
        assertEquals(frames, past.frames().size());
        assertArrayEquals(trainer.timeline().grids().get(frames - 1).pixels(), past.frames().get(frames - 1).pixels(),
                "a frame comes back pixel for pixel");

        second = new GanTrainer(GanModel.create(TestPresets.tiny(), 9), data, 5);
        second.replaceModel(Checkpoint.load(file), data, past);
        assertEquals(30, second.latest().step(), "the step goes on from the checkpoint's");
        assertEquals(elapsed, second.latest().elapsedMillis(), 1, "and so does the clock");
        assertEquals(30, second.history().points().size(), "the curves show how training got there");
        assertEquals(List.of(new MetricHistory.Judged(10, 0.25), new MetricHistory.Judged(30, 0.5)),
                second.history().judged(), "and what the judge made of the fakes");
        assertTrue(second.timeline().size() >= frames, "and the time-lapse");
        second.step();
        waitUntil(() -> second.latest().step() == 31);
        assertEquals(31, second.history().points().size());
        assertTrue(second.latest().elapsedMillis() >= elapsed);
    }

    @Test
    void aCheckpointWithoutHistoryLoadsWithEmptyCurves() throws Exception {
        GanModel model = GanModel.create(TestPresets.tiny(), 3);
        Path file = temp.resolve("old.zip");
        Checkpoint.save(model, file);
        RunHistory past = Checkpoint.history(file);
        assertTrue(past.isEmpty());
        assertEquals(RunHistory.NONE.points(), past.points());
    }

    @Test
    void longRunsKeepAtMost40FramesSpreadOverTheRun() {
        List<SampleGrid> grids = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            grids.add(SampleGrid.of(i * 10L, new float[4 * 4 * 4], 4, 4));
        }
        RunHistory history = new RunHistory(1000, 1, List.of(), List.of(), grids);
        assertEquals(RunHistory.MAX_FRAMES, history.frames().size());
        assertEquals(0, history.frames().get(0).step());
        assertEquals(1990, history.frames().get(RunHistory.MAX_FRAMES - 1).step(), "the newest stays");
    }

    @Test
    void withHistoryGivesAFileARunsHistoryAndCopiesItsWeightsByteForByte() throws Exception {
        GanModel model = GanModel.create(TestPresets.tiny(), 3);
        Path bare = temp.resolve("bare.zip");
        Checkpoint.save(model, bare, Checkpoint.Storage.COMPACT, "mnist");
        RunHistory history = new RunHistory(61_000, 2, List.of(new MetricHistory.Point(2, 1.2, 0.8, 0.6, 0.4)),
                List.of(new MetricHistory.Judged(2, 0.1), new MetricHistory.Judged(4, 0.3, 41.5)),
                List.of(SampleGrid.of(2, new float[4 * 4 * 4], 4, 4)));
        Path given = temp.resolve("given.zip");
        Checkpoint.withHistory(bare, given, history);

        RunHistory read = Checkpoint.history(given);
        assertEquals(61_000, read.elapsedMillis());
        assertEquals(history.points(), read.points());
        assertEquals(history.judged(), read.judged());
        assertEquals(1, read.frames().size());
        assertEquals(Checkpoint.datasetOf(bare), Checkpoint.datasetOf(given), "the manifest keeps what it said");
        try (ZipFile a = new ZipFile(bare.toFile()); ZipFile b = new ZipFile(given.toFile())) {
            for (String weights : List.of("generator.f32", "discriminator.f32", "fixed-noise.f32")) {
                assertArrayEquals(a.getInputStream(a.getEntry(weights)).readAllBytes(),
                        b.getInputStream(b.getEntry(weights)).readAllBytes(), weights + " unchanged");
            }
        }
        assertThrows(CheckpointException.class, () -> Checkpoint.withHistory(temp.resolve("none.zip"),
                temp.resolve("out.zip"), history));
        assertTrue(Files.notExists(temp.resolve("out.zip")), "nothing written from a missing file");
    }

    @Test
    void theJudgesVerdictsStayBoundedKeepingTheFirstAndTheNewest() {
        MetricHistory history = new MetricHistory(GanTrainer.HISTORY_POINTS);
        for (int i = 0; i <= MetricHistory.MAX_JUDGED; i++) {
            history.addJudged(i * 10L, i / (double) MetricHistory.MAX_JUDGED);
        }
        history.addJudged(5, 0.9); // older than the newest: a stale verdict
        List<MetricHistory.Judged> kept = history.judged();
        assertTrue(kept.size() <= MetricHistory.MAX_JUDGED / 2 + 1, kept.size() + " kept");
        assertEquals(0, kept.get(0).step());
        assertEquals(MetricHistory.MAX_JUDGED * 10L, kept.get(kept.size() - 1).step(), "the newest stays");
        assertThrows(IllegalArgumentException.class, () -> history.addJudged(9999, 1.5));
    }

    @Test
    void aDamagedHistoryIsRefusedWithASentence() throws Exception {
        GanModel model = GanModel.create(TestPresets.tiny(), 3);
        Path good = temp.resolve("good.zip");
        Checkpoint.save(model, good, Checkpoint.Storage.FULL, "mnist",
                new RunHistory(5000, 1, List.of(new MetricHistory.Point(1, 1, 1, 0.5, 0.5)), List.of(), List.of()));
        Path bad = temp.resolve("bad.zip");
        copyWith(good, bad, "curves.csv", "steps_per_point,1\n1,not-a-number,1,1,1\n");
        CheckpointException refused = assertThrows(CheckpointException.class, () -> Checkpoint.history(bad));
        assertTrue(refused.getMessage().contains("bad.zip"), refused.getMessage());
        Path cut = temp.resolve("cut.zip");
        copyWith(good, cut, "timelapse.bin", "\u0000\u0000\u0000\u0002");
        assertThrows(CheckpointException.class, () -> Checkpoint.history(cut));
        Path judged = temp.resolve("judged.zip");
        copyWith(good, judged, "judged.csv", "step,recognised\n10,2.5\n");
        assertThrows(CheckpointException.class, () -> Checkpoint.history(judged), "a share above 1");
        Path older = temp.resolve("older.zip"); // saved before the Fréchet distance was measured
        copyWith(good, older, "judged.csv", "step,recognised\n10,0.5\n");
        MetricHistory.Judged verdict = Checkpoint.history(older).judged().get(0);
        assertEquals(0.5, verdict.recognised());
        assertFalse(verdict.hasFrechet());
        Path negative = temp.resolve("negative.zip");
        copyWith(good, negative, "judged.csv", "step,recognised,frechet\n10,0.5,-3\n");
        assertThrows(CheckpointException.class, () -> Checkpoint.history(negative), "a negative distance");
    }

    private static void copyWith(Path from, Path to, String name, String content) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(name)) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.getInputStream(entry).transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.closeEntry();
        }
    }
}
