package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GanTrainerTest {

    private static ImageSet data;
    private GanTrainer trainer;

    @BeforeAll
    static void loadData() throws Exception {
        data = new Datasets(Path.of("sample-data")).test(Datasets.MNIST).first(1000);
    }

    @AfterEach
    void closeTrainer() {
        if (trainer != null) {
            trainer.close();
        }
    }

    private GanTrainer newTrainer() {
        GanModel model = GanModel.create(TestPresets.tiny(), 2);
        model.setBatchSize(8);
        trainer = new GanTrainer(model, data, 5);
        return trainer;
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void startPauseAndResumeControlTheTrainingThread() throws Exception {
        GanTrainer t = newTrainer();
        assertEquals(GanTrainer.State.READY, t.latest().state());
        assertEquals(0, t.latest().step());
        assertTrue(t.latest().grid() != null, "the untrained generator's grid is shown at once");

        t.start();
        waitUntil(() -> t.latest().step() >= 6, "training advanced");
        assertEquals(GanTrainer.State.RUNNING, t.latest().state());
        assertTrue(t.latest().grid().step() >= 5, "grids are published every 5 steps");

        t.pause();
        waitUntil(() -> t.latest().state() == GanTrainer.State.PAUSED, "paused");
        long pausedAt = t.withModel(GanModel::step); // waits for a step in flight
        Thread.sleep(300);
        assertEquals(pausedAt, t.withModel(GanModel::step), "no steps while paused");

        t.resume();
        waitUntil(() -> t.latest().step() > pausedAt + 2, "resumed");
    }

    @Test
    void whileRunningGridsAreAlsoSpacedInTimeButSingleStepsAlwaysDrawOne() throws Exception {
        GanModel model = GanModel.create(TestPresets.tiny(), 2);
        model.setBatchSize(8);
        trainer = new GanTrainer(model, data, 5, TimeUnit.HOURS.toNanos(1));
        GanTrainer t = trainer;
        t.start();
        waitUntil(() -> t.latest().step() >= 30, "training advanced");
        t.pause();
        waitUntil(() -> t.latest().state() == GanTrainer.State.PAUSED, "paused");
        assertEquals(5, t.latest().grid().step(), "the first grid on the 5th step, then none within the hour");
        assertEquals(2, t.timeline().size(), "step 0 and step 5");

        long before = t.withModel(GanModel::step);
        t.step();
        waitUntil(() -> t.latest().step() == before + 1, "one step");
        assertEquals(before + 1, t.latest().grid().step(), "a single step shows what it did at once");
    }

    @Test
    void singleStepsTrainExactlyOnceEachAndPublishAGrid() throws Exception {
        GanTrainer t = newTrainer();
        t.step();
        waitUntil(() -> t.latest().step() == 1, "one step");
        t.step(GanModel.StepKind.DISCRIMINATOR_ONLY);
        waitUntil(() -> t.latest().step() == 2, "a D step");
        assertTrue(t.latest().lastStep().trainedD());
        assertFalse(t.latest().lastStep().trainedG());
        t.step(GanModel.StepKind.GENERATOR_ONLY);
        waitUntil(() -> t.latest().step() == 3, "a G step");
        assertEquals(3, t.latest().grid().step());
        Thread.sleep(200);
        assertEquals(3, t.latest().step());
    }

    @Test
    void learningRateAndBatchSizeChangeBetweenStepsWithoutAReset() throws Exception {
        GanTrainer t = newTrainer();
        t.setLearningRate(3e-4);
        t.setBatchSize(4);
        assertEquals(4, t.latest().batchSize(), "the panel sees the new value at once");
        t.step();
        waitUntil(() -> t.latest().step() == 1, "one step");
        assertEquals(3e-4, t.withModel(GanModel::generatorLearningRate));
        assertEquals(4, t.withModel(GanModel::batchSize));
        assertEquals(4.0 / 1000, t.latest().epoch(), 1e-9);
    }

    @Test
    void aSlowListenerNeverStallsTraining() throws Exception {
        GanTrainer t = newTrainer();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger deliveries = new AtomicInteger();
        t.addListener(snapshot -> {
            deliveries.incrementAndGet();
            try {
                release.await(); // a UI that hangs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        waitUntil(() -> t.latest().step() >= 15, "training went on past a stuck listener");
        assertEquals(1, deliveries.get());
        release.countDown();
        waitUntil(() -> deliveries.get() >= 2, "the listener caught up with the latest snapshot");
    }

    @Test
    void commandsFromManyThreadsNeverDeadlockAndCloseEndsTheThread() throws Exception {
        GanTrainer t = newTrainer();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Thread[] threads = new Thread[4];
            for (int i = 0; i < threads.length; i++) {
                int which = i;
                threads[i] = new Thread(() -> {
                    for (int k = 0; k < 200; k++) {
                        switch ((k + which) % 5) {
                            case 0 -> t.start();
                            case 1 -> t.pause();
                            case 2 -> t.step();
                            case 3 -> t.resume();
                            default -> t.setLearningRate(1e-3);
                        }
                    }
                });
                threads[i].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            t.replaceModel(GanModel.create(TestPresets.tiny(), 3), data);
            assertEquals(0, t.latest().step());
            assertEquals(GanTrainer.State.READY, t.latest().state());
            t.close();
        });
        assertTrue(t.awaitClosed(30_000), "the training thread ended");
        assertFalse(t.isAlive(), "the training thread ended");
        t.start();
        assertEquals(GanTrainer.State.CLOSED, t.state());
    }

    @Test
    void divergencePausesTrainingWithTheReason() throws Exception {
        GanModel model = GanModel.create(TestPresets.tiny(), 2);
        model.setBatchSize(8);
        trainer = new GanTrainer(model, data, 5);
        // What an exploding learning rate ends in: a weight that is no longer a number.
        trainer.withModel(m -> {
            m.discriminator().params().get(0).value().set(0, Float.NaN);
            return null;
        });
        trainer.start();
        waitUntil(() -> trainer.latest().state() == GanTrainer.State.PAUSED, "paused itself");
        assertTrue(trainer.latest().pauseReason().contains("no longer numbers"), trainer.latest().pauseReason());
    }

    @Test
    void aFailingStepPausesWithASentenceAndTheThreadLivesOn() throws Exception {
        GanModel model = GanModel.create(TestPresets.tiny(), 2);
        model.setBatchSize(8);
        // 32x32 pictures do not fit the 28x28 networks: the step throws inside the engine
        org.ganclassroom.data.ImageSet wrongSize = new org.ganclassroom.data.ImageSet("wrong", 10, 32, 32,
                new byte[10 * 32 * 32], null, java.util.List.of());
        trainer = new GanTrainer(model, wrongSize, 5);
        trainer.start();
        waitUntil(() -> trainer.latest().state() == GanTrainer.State.PAUSED, "paused itself");
        assertTrue(trainer.latest().pauseReason().startsWith("Training paused because of an internal error"),
                trainer.latest().pauseReason());
        assertTrue(trainer.isAlive(), "the training thread survived the failure");

        trainer.replaceModel(GanModel.create(TestPresets.tiny(), 3), data);
        trainer.step();
        waitUntil(() -> trainer.latest().step() == 1, "the same thread trains again after a reset");
    }

    @Test
    void errorsGetASentenceToo() {
        assertTrue(GanTrainer.pauseReason(new OutOfMemoryError("Java heap space")).contains("ran out of memory"));
        assertTrue(GanTrainer.pauseReason(new StackOverflowError()).contains("StackOverflowError"));
    }
}
