package org.ganclassroom.dock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.ui.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training dock without a window: the real engine (tiny networks), the real datasets, checkpoints
 * and judges, and a view that records what the dock would show. The ui executor runs each call back on
 * one thread of its own, as the FX thread would.
 */
class DockSessionTest {

    @TempDir
    Path temp;

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final Recorder view = new Recorder();
    private DockSession session;

    /** Everything the dock showed, in order. */
    private static final class Recorder implements DockSession.View {
        final List<String> statuses = new CopyOnWriteArrayList<>();
        final List<String> outcomes = new CopyOnWriteArrayList<>();
        final List<DockSession.Run> runs = new CopyOnWriteArrayList<>();
        final List<String> judgeLines = new CopyOnWriteArrayList<>();
        final List<DockSession.Verdict> verdicts = new CopyOnWriteArrayList<>();
        volatile boolean ready;

        @Override
        public void status(String text, boolean problem) {
            statuses.add((problem ? "PROBLEM " : "") + text);
        }

        @Override
        public void outcome(String text, boolean problem) {
            outcomes.add((problem ? "PROBLEM " : "") + text);
            status(text, problem);
        }

        @Override
        public void ready() {
            ready = true;
        }

        @Override
        public void newRun(DockSession.Run run) {
            runs.add(run);
        }

        @Override
        public void judgeLine(String text) {
            judgeLines.add(text);
        }

        @Override
        public void verdict(DockSession.Verdict verdict) {
            verdicts.add(verdict);
        }

        @Override
        public void offerShipped(boolean offer) {
        }
    }

    private static final DockSession.Words ENGLISH = new DockSession.Words() {
        @Override
        public String get(String key, Object... values) {
            return Texts.get(key, values);
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }
    };

    private static Preset tiny() {
        return new Preset("tiny", 16, new int[] {16, 8}, new int[] {8, 16}, 8, 1e-3, 1e-3, 0.5, 0.2);
    }

    private DockSession start(String defaultDataset) throws Exception {
        Texts.use("en");
        DockSetup setup = new DockSetup(List.of(tiny(), Preset.classroom()), new Datasets(Path.of("sample-data")), 2, 1,
                defaultDataset, 0);
        session = new DockSession(setup, io, ui, view, ENGLISH);
        session.startEngine();
        waitFor(() -> view.ready && session.trainer().isPresent());
        return session;
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        io.shutdownNow();
        ui.shutdownNow();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }

    private void waitForStatus(Predicate<String> wanted) throws InterruptedException {
        waitFor(() -> view.statuses.stream().anyMatch(wanted));
    }

    private GanTrainer trainer() {
        return session.trainer().orElseThrow();
    }

    private void steps(int n) throws InterruptedException {
        long target = trainer().latest().step() + n;
        for (int i = 0; i < n; i++) {
            long before = trainer().latest().step();
            session.step(GanModel.StepKind.BOTH);
            waitFor(() -> trainer().latest().step() == before + 1);
        }
        assertEquals(target, trainer().latest().step());
    }

    @Test
    void aDefaultFolderThatIsGoneFallsBackToTheDigitsAndSaysWhy() throws Exception {
        start(temp.resolve("deleted-folder").toString());
        waitForStatus(s -> s.contains("Ready"));
        assertEquals(Datasets.MNIST, session.datasetSpec());
        String said = view.statuses.get(view.statuses.size() - 1);
        assertTrue(said.startsWith("PROBLEM Could not open " + temp.resolve("deleted-folder")), said);
        assertTrue(said.contains("so training uses the MNIST digits. Ready: tiny preset on MNIST digits (60,000 images)"), said);
        assertEquals(Datasets.MNIST, view.runs.get(0).datasetSpec());
    }

    @Test
    void stepsAreToldAndRefusedWhileRunning() throws Exception {
        start(Datasets.MNIST);
        session.step(GanModel.StepKind.DISCRIMINATOR_ONLY);
        waitFor(() -> trainer().latest().step() == 1);
        // the step's words reach the view after the step itself (CI once read the status before them)
        waitForStatus(s -> s.startsWith("Step D: only the discriminator learned"));
        session.togglePlay();
        waitFor(() -> trainer().latest().step() > 3);
        session.step(GanModel.StepKind.BOTH);
        assertTrue(view.statuses.get(view.statuses.size() - 1).startsWith("Steps are one at a time while paused"));
        session.togglePlay();
        waitFor(() -> trainer().state() == GanTrainer.State.PAUSED);
        assertFalse(session.freshRun());
    }

    @Test
    void theJudgeScoresTheNewestGridAndANewRunForgetsTheVerdict() throws Exception {
        start(Datasets.MNIST);
        steps(2);
        waitFor(() -> trainer().latest().grid() != null);
        waitFor(() -> {
            session.judge(trainer().latest().grid(), System.nanoTime());
            return !view.verdicts.isEmpty();
        });
        DockSession.Verdict verdict = view.verdicts.get(0);
        assertEquals(64, verdict.count());
        assertEquals("0", verdict.classNames().get(0), "digits are judged as digits");
        assertTrue(verdict.percent() >= 0 && verdict.percent() <= 100);
        List<org.ganclassroom.gan.MetricHistory.Judged> judged = trainer().history().judged();
        assertEquals(1, judged.size(), "the verdict joins the run's history (saved with it, drawn as a line)");
        assertEquals(verdict.step(), judged.get(0).step());
        assertEquals(verdict.percent(), 100 * judged.get(0).recognised(), 0.5);

        session.startFreshRun(tiny(), Datasets.MNIST);
        waitForStatus(s -> s.startsWith("Fresh tiny networks on MNIST digits"));
        waitFor(() -> view.judgeLines.contains("The judge scores the generator's next grid."));
        assertEquals(0, trainer().latest().step());
        assertTrue(trainer().history().judged().isEmpty(), "a new run starts without the last run's verdicts");
        assertTrue(session.freshRun());
    }

    @Test
    void thePlainDcganAlsoTrainsOnDl4jWhichSaysWhatItCannotDo() throws Exception {
        start(Datasets.MNIST);
        assertEquals(List.of("tiny", "tiny (DL4J)", "classroom"), session.runChoices(),
                "only the plain DCGAN has a DL4J twin");
        session.startFreshRun("tiny (DL4J)", Datasets.MNIST);
        waitForStatus(s -> s.startsWith("Fresh tiny (DL4J) networks on MNIST digits"));
        assertTrue(view.statuses.get(view.statuses.size() - 1).contains("trained by DL4J"));
        assertFalse(trainer().nativeEngine());
        assertEquals("tiny (DL4J)", view.runs.get(view.runs.size() - 1).presetName());
        steps(3);
        var snapshot = trainer().latest();
        assertEquals("tiny (DL4J)", snapshot.presetName());
        assertTrue(snapshot.lastStep().isFinite(), "DL4J's step gives losses and D's verdicts");
        assertTrue(snapshot.lastStep().meanRealScore() > 0 && snapshot.lastStep().meanRealScore() < 1);
        assertEquals(64, snapshot.grid().count(), "the grid is drawn by DL4J's generator");

        session.saveCheckpoint(temp.resolve("dl4j.zip"));
        waitFor(() -> !view.outcomes.isEmpty());
        assertTrue(view.outcomes.get(0).startsWith("PROBLEM ") && view.outcomes.get(0).contains("trains with DL4J"),
                view.outcomes.toString());
        assertFalse(Files.exists(temp.resolve("dl4j.zip")));

        session.startFreshRun("tiny", Datasets.MNIST);
        waitFor(() -> trainer().nativeEngine() && trainer().latest().presetName().equals("tiny"));
    }

    @Test
    void learningRatesAreWrittenAsPeopleWriteThemAndReadWithEitherSeparator() throws Exception {
        assertEquals("0.0002", DockSession.formatRate(2e-4, Locale.ENGLISH), "not Java's 2.0E-4");
        assertEquals("0,0002", DockSession.formatRate(2e-4, Locale.FRENCH));
        assertEquals("0.001", DockSession.formatRate(0.001, Locale.ENGLISH));
        start(Datasets.MNIST);
        assertTrue(session.applyLearningRate("0,0005"));
        assertTrue(view.statuses.get(view.statuses.size() - 1).startsWith("Learning rate 0.0005 applies"),
                view.statuses.toString());
        waitFor(() -> trainer().latest().learningRate() == 0.0005);
    }

    @Test
    void theShippedCollapsedGeneratorShowsOneTallBar() throws Exception {
        start(Datasets.FASHION);
        session.loadCheckpoint(Path.of("sample-data", "checkpoints", "mnist-5-collapsed.zip"));
        waitFor(() -> !view.outcomes.isEmpty());
        assertTrue(view.outcomes.get(0).startsWith("Loaded mnist-5-collapsed.zip: reference preset at step 2,261"),
                view.outcomes.get(0));
        assertEquals(Datasets.MNIST, session.datasetSpec(), "back to digits, with their judge");
        waitFor(() -> trainer().latest().grid() != null);
        waitFor(() -> {
            session.judge(trainer().latest().grid(), System.nanoTime());
            return !view.verdicts.isEmpty();
        });
        int[] bars = view.verdicts.get(0).histogram();
        int tallest = java.util.Arrays.stream(bars).max().orElse(0);
        assertTrue(tallest >= 0.6 * java.util.Arrays.stream(bars).sum(), java.util.Arrays.toString(bars));
    }

    @Test
    void loadingAClothesGeneratorSwitchesToClothesAndTheirJudge() throws Exception {
        start(Datasets.MNIST);
        Path clothes = Path.of("sample-data", "checkpoints", "fashion-1-after-1-minute.zip");
        session.loadCheckpoint(clothes);
        waitFor(() -> !view.outcomes.isEmpty());
        String said = view.outcomes.get(0);
        assertTrue(said.startsWith("Loaded fashion-1-after-1-minute.zip: classroom preset at step "), said);
        assertTrue(said.contains("on Fashion-MNIST clothes (30,000 images)"), said);
        assertEquals(Datasets.FASHION, session.datasetSpec());
        assertEquals(Datasets.FASHION, view.runs.get(view.runs.size() - 1).datasetSpec());
        waitFor(() -> trainer().latest().grid() != null);
        waitFor(() -> {
            session.judge(trainer().latest().grid(), System.nanoTime());
            return !view.verdicts.isEmpty();
        });
        assertEquals("T-shirt", view.verdicts.get(0).classNames().get(0), "the clothes judge, not the digits'");
    }

    @Test
    void saveThenLoadRestoresTheRunAndABrokenFileChangesNothing() throws Exception {
        start(Datasets.MNIST);
        steps(3);
        Path file = temp.resolve("run.zip");
        session.saveCheckpoint(file);
        waitFor(() -> view.outcomes.stream().anyMatch(s -> s.startsWith("Saved the training state to")));
        steps(2);
        session.loadCheckpoint(file);
        waitFor(() -> view.outcomes.stream().anyMatch(s -> s.startsWith("Loaded run.zip: tiny preset at step 3")));
        assertEquals(3, trainer().latest().step());

        Path broken = temp.resolve("broken.zip");
        Files.writeString(broken, "not a zip");
        session.loadCheckpoint(broken);
        waitFor(() -> view.outcomes.stream().anyMatch(s -> s.startsWith("PROBLEM Nothing was changed.")));
        assertEquals(3, trainer().latest().step());
    }

    @Test
    void garbageInTheSettingsIsToldAndChangesNothing() throws Exception {
        start(Datasets.MNIST);
        double rate = trainer().latest().learningRate();
        for (String bad : List.of("abc", "-5", "1e9", "0")) {
            assertFalse(session.applyLearningRate(bad), bad);
            String said = view.outcomes.get(view.outcomes.size() - 1);
            assertTrue(said.startsWith("PROBLEM '" + bad + "' is not a learning rate"), said);
            assertTrue(said.endsWith("The rate stays " + rate + "."), said);
        }
        assertTrue(session.applyLearningRate("0,0005"), "a decimal comma is a decimal point");
        waitFor(() -> trainer().latest().learningRate() == 0.0005);

        assertFalse(session.applyBatchSize("xyz", 8));
        assertTrue(view.outcomes.get(view.outcomes.size() - 1).startsWith("PROBLEM 'xyz' is not a batch size"));
        assertTrue(session.applyBatchSize("16", 8));
        waitFor(() -> trainer().latest().batchSize() == 16);
    }

    @Test
    void exportingBeforeAnyGridSaysSoAndAGridExportsAsPng() throws Exception {
        start(Datasets.MNIST);
        session.exportGrid(null, temp.resolve("none.png"));
        assertEquals("PROBLEM There is no grid to export yet.", view.statuses.get(view.statuses.size() - 1));
        steps(2);
        waitFor(() -> trainer().latest().grid() != null);
        Path png = temp.resolve("grid.png");
        session.exportGrid(trainer().latest().grid(), png);
        waitFor(() -> view.outcomes.stream().anyMatch(s -> s.startsWith("Saved the grid of step")));
        assertTrue(javax.imageio.ImageIO.read(png.toFile()).getWidth() > 28);
        Path gif = temp.resolve("lapse.gif");
        session.exportTimelapse(gif);
        waitFor(() -> view.outcomes.stream().anyMatch(s -> s.contains("grids as " + gif)));
        assertTrue(Files.size(gif) > 0);
    }
}
