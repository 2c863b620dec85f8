package org.ganclassroom.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.ComputeThreads;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.lesson.LessonsFolder;
import org.ganclassroom.perf.ThreadCpu;
import org.ganclassroom.ui.shell.MainWindow;
import org.ganclassroom.dock.DockSetup;

/**
 * Measures training in the window against training headless, in alternating phases so that a machine
 * whose speed drifts (a shared or throttling CPU: this project's VM ran the same headless loop at 37 and at
 * 48 steps/s minutes apart) drifts alike in both figures. After opening the real main window and 10 s of
 * warm-up training in it, the bench runs R rounds of: the classroom preset headless for S/R seconds (a
 * model of its own, while the window's training is paused and the window idle), then the window's training
 * for S/R seconds; then a last headless phase. The window's share is its steps per second over all its
 * phases against the headless phases' steps per second.
 * While the window trains, an AnimationTimer records the time between consecutive JavaFX pulses: what a
 * viewer experiences as a frame, 16.7 ms at 60 fps; a gap of 100 ms is a visible stutter. (The timer makes
 * JavaFX pulse 60 times a second, more than the dock alone needs, so the figure is on the safe side.)
 * Both kinds of phase print where the CPU went, thread by thread (and the X server's share, under Xvfb),
 * because on two cores every tenth of a core the window takes is a twentieth of training's speed.
 */
final class UiBench {

    /**
     * Seconds of training in the window before measuring. The JIT compiles the window's code (JavaFX
     * layout, charts, the judge) mostly in the first ten seconds of training; what it still compiles after
     * that shows up as "C2 CompilerThre" in the CPU table.
     */
    private static final int WARM_UP_SECONDS = 10;

    private UiBench() {
    }

    /** Steps, seconds and CPU summed over the phases of one kind. */
    private static final class Tally {
        long steps;
        double seconds;
        double xServerSeconds;
        final Map<String, Double> cpu = new java.util.TreeMap<>();
        final List<Double> rates = new ArrayList<>();

        void add(long phaseSteps, double phaseSeconds, Map<String, Double> phaseCpu, double xServer) {
            steps += phaseSteps;
            seconds += phaseSeconds;
            xServerSeconds += xServer;
            phaseCpu.forEach((name, used) -> cpu.merge(name, used, Double::sum));
            rates.add(phaseSteps / phaseSeconds);
        }

        double stepsPerSecond() {
            return steps / seconds;
        }
    }

    static int run(int seconds, int rounds, long seed, Path out) throws Exception {
        Datasets datasets = Datasets.shipped();
        ImageSet mnist = datasets.training(Datasets.MNIST);
        ComputeThreads.apply(0); // the window's engine settings, so both kinds of phase run alike
        org.ganclassroom.perf.WindowJit.keepWindowCodeOffC2().ifPresent(why ->
                System.out.println("JIT directive not added (" + why + "): the window's code may take C2's time"));
        GanModel headlessModel = GanModel.create(Preset.classroom(), seed);

        CompletableFuture<MainWindow> opened = new CompletableFuture<>();
        CompletableFuture<Stage> stageRef = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Path settingsFolder = Files.createTempDirectory("ui-bench");
                Stage stage = new Stage();
                MainWindow window = new MainWindow(stage, LessonsFolder.locate(null), settingsFolder,
                        new DockSetup(List.of(Preset.classroom()), datasets, 10, seed));
                window.show();
                stageRef.complete(stage);
                opened.complete(window);
            } catch (Exception failure) {
                opened.completeExceptionally(failure);
            }
        });
        MainWindow window = opened.get(180, TimeUnit.SECONDS);
        GanTrainer trainer = waitForTrainer(window);
        PulseGaps gaps = new PulseGaps();

        onFx(() -> window.trainingPanel().togglePlay()); // a click on Start, as in class
        Thread.sleep(TimeUnit.SECONDS.toMillis(WARM_UP_SECONDS));
        onFx(() -> window.trainingPanel().togglePlay());
        awaitPaused(trainer);
        for (int i = 0; i < 3; i++) {
            headlessModel.trainStep(mnist, GanModel.StepKind.BOTH); // the headless model's first steps
        }

        double phaseSeconds = (double) seconds / rounds;
        Tally headless = new Tally();
        Tally inWindow = new Tally();
        for (int round = 0; round <= rounds; round++) {
            headlessPhase(headlessModel, mnist, phaseSeconds, headless);
            if (round == rounds) {
                break;
            }
            windowPhase(window, trainer, gaps, phaseSeconds, inWindow);
        }
        List<Double> roundShares = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double around = (headless.rates.get(round) + headless.rates.get(round + 1)) / 2;
            roundShares.add(inWindow.rates.get(round) / around);
            System.out.printf(Locale.ROOT, "round %d: headless %.2f steps/s, window %.2f steps/s = %.0f%% of the "
                    + "headless phases around it%n", round + 1, headless.rates.get(round), inWindow.rates.get(round),
                    100 * roundShares.get(round));
        }
        System.out.printf(Locale.ROOT, "last headless phase: %.2f steps/s%n", headless.rates.get(rounds));
        printCpu("headless", headless);
        printCpu("window", inWindow);

        if (out != null) {
            Files.createDirectories(out);
            Path checkpoint = out.resolve("checkpoint.zip");
            trainer.save(checkpoint); // paused: what the class saw when the bench stopped
            System.out.printf(Locale.ROOT, "saved the window's generator at step %,d to %s%n",
                    trainer.latest().step(), checkpoint);
        }
        Stage stage = stageRef.get();
        onFx(stage::close); // the window ends its training thread as it closes (MainWindow)
        trainer.awaitClosed(30_000);
        Platform.exit();

        double share = inWindow.stepsPerSecond() / headless.stepsPerSecond();
        System.out.printf(Locale.ROOT, "headless train steps/s: %.3f (%d phases of %.0f s, alternating with the window's)%n",
                headless.stepsPerSecond(), rounds + 1, phaseSeconds);
        System.out.printf(Locale.ROOT, "window trained %,d steps in %.0f s%n", inWindow.steps, inWindow.seconds);
        System.out.printf(Locale.ROOT, "window steps/s %.3f = %.0f%% of headless; %d pulses%n",
                inWindow.stepsPerSecond(), 100 * share, gaps.count());
        // one phase that a neighbour on the host slowed (this VM showed a 20 s phase at 28 against 41 on
        // either side) moves the pooled figure by points; the median round does not follow it
        System.out.printf(Locale.ROOT, "window share, median round: %.0f%% (rounds: %s)%n", 100 * median(roundShares),
                roundShares.stream().map(r -> String.format(Locale.ROOT, "%.0f%%", 100 * r))
                        .collect(java.util.stream.Collectors.joining(", ")));
        System.out.printf(Locale.ROOT, "pulse p95 ms: %.1f, max ms: %.1f, steps/s: %.3f%n", gaps.percentile(0.95),
                gaps.percentile(1), inWindow.stepsPerSecond());
        return 0;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void headlessPhase(GanModel model, ImageSet data, double seconds, Tally tally) {
        Map<String, Double> cpuStart = ThreadCpu.sample();
        long start = System.nanoTime();
        long steps = 0;
        while (System.nanoTime() - start < (long) (seconds * 1e9)) {
            model.trainStep(data, GanModel.StepKind.BOTH);
            steps++;
        }
        double took = (System.nanoTime() - start) / 1e9;
        tally.add(steps, took, ThreadCpu.byName(cpuStart, ThreadCpu.sample()), 0);
    }

    /** Start, S/R seconds, Pause, as a teacher's clicks; pulse gaps are recorded while it trains. */
    private static void windowPhase(MainWindow window, GanTrainer trainer, PulseGaps gaps, double seconds,
                                    Tally tally) throws Exception {
        Map<String, Double> cpuStart = ThreadCpu.sample();
        double xServerStart = ThreadCpu.processSeconds("Xvfb");
        long startStep = trainer.latest().step();
        long start = System.nanoTime();
        onFx(() -> {
            gaps.start();
            window.trainingPanel().togglePlay();
        });
        Thread.sleep((long) (seconds * 1000));
        onFx(() -> {
            window.trainingPanel().togglePlay();
            gaps.stop();
        });
        double took = (System.nanoTime() - start) / 1e9;
        awaitPaused(trainer); // the step in flight ends before the next headless phase starts
        long steps = trainer.latest().step() - startStep;
        tally.add(steps, took, ThreadCpu.byName(cpuStart, ThreadCpu.sample()),
                ThreadCpu.processSeconds("Xvfb") - xServerStart);
    }

    private static GanTrainer waitForTrainer(MainWindow window) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < until) {
            CompletableFuture<GanTrainer> found = new CompletableFuture<>();
            Platform.runLater(() -> found.complete(window.trainingPanel().trainer().orElse(null)));
            GanTrainer trainer = found.get(30, TimeUnit.SECONDS);
            if (trainer != null) {
                return trainer;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the training dock did not get its engine ready within 180 s");
    }

    private static void awaitPaused(GanTrainer trainer) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (trainer.state() == GanTrainer.State.RUNNING && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        Thread.sleep(100); // the step that was running when Pause came, if any
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException failure) {
                done.completeExceptionally(failure);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    /** Cores used per thread name over a kind of phase, largest first, then the total. */
    private static void printCpu(String phase, Tally tally) {
        if (!ThreadCpu.available()) {
            System.out.println(phase + " CPU by thread: not available (needs Linux /proc)");
            return;
        }
        double wall = tally.seconds;
        StringBuilder line = new StringBuilder(phase + " CPU by thread (cores):");
        double total = 0;
        List<Map.Entry<String, Double>> entries = new ArrayList<>(tally.cpu.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (Map.Entry<String, Double> entry : entries) {
            total += entry.getValue();
            if (entry.getValue() / wall >= 0.005) {
                line.append(String.format(Locale.ROOT, " %s %.2f,", entry.getKey(), entry.getValue() / wall));
            }
        }
        line.append(String.format(Locale.ROOT, " this process %.2f", total / wall));
        if (tally.xServerSeconds > 0) {
            line.append(String.format(Locale.ROOT, ", X server %.2f", tally.xServerSeconds / wall));
        }
        System.out.println(line);
    }

    /** Gaps between JavaFX pulses while the window trains; started and stopped on the FX thread. */
    private static final class PulseGaps extends AnimationTimer {
        private final List<Double> gaps = new ArrayList<>();
        private long previous;

        @Override
        public void start() {
            previous = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (previous != 0) {
                gaps.add((now - previous) / 1e6);
            }
            previous = now;
        }

        int count() {
            return gaps.size();
        }

        double percentile(double share) {
            if (gaps.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = new ArrayList<>(gaps);
            Collections.sort(sorted);
            return sorted.get((int) Math.floor(share * (sorted.size() - 1)));
        }
    }
}
