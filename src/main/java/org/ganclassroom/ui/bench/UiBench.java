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
 * Measures training in the window against training headless. The classroom preset trains headless for S/2
 * seconds before the window and S/2 after it (the speed to match). In between, the bench opens the real
 * main window, starts training from the panel, and records the time between consecutive JavaFX pulses with
 * an AnimationTimer for S seconds. A pulse gap is what a viewer experiences as a frame: 16.7 ms at 60 fps;
 * a gap of 100 ms is a visible stutter.
 * Both phases print where the CPU went, thread by thread (and the X server's share, under Xvfb), because
 * on two cores every tenth of a core the window takes is a tenth of training's speed.
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

    /** What phase 2 measured. */
    private record WindowRun(double pulseP95, double pulseMax, double stepsPerSecond, int pulses, long steps,
                             Map<String, Double> cpu, double xServerSeconds, long nanos, GanTrainer trainer,
                             Stage stage) {
    }

    static int run(int seconds, Path out) throws Exception {
        Datasets datasets = Datasets.shipped();
        ImageSet mnist = datasets.training(Datasets.MNIST);
        ComputeThreads.apply(0); // the window's engine settings, so both phases run alike
        // Headless for half the time before the window and half after: a machine whose speed drifts (a
        // shared or throttling CPU) then drifts the same way in both figures.
        Map<String, Double> before = ThreadCpu.sample();
        long headlessStart = System.nanoTime();
        double headlessBefore = headlessStepsPerSecond(mnist, Math.max(3, seconds / 2));
        System.out.printf(Locale.ROOT, "headless train steps/s (before the window): %.3f%n", headlessBefore);
        printCpu("headless", ThreadCpu.byName(before, ThreadCpu.sample()), 0, System.nanoTime() - headlessStart);

        CompletableFuture<WindowRun> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Path settingsFolder = Files.createTempDirectory("ui-bench");
                Stage stage = new Stage();
                MainWindow window = new MainWindow(stage, LessonsFolder.locate(null), settingsFolder,
                        new DockSetup(List.of(Preset.classroom()), datasets, 10, 1));
                window.show();
                measureWhenReady(window, stage, seconds, result);
            } catch (Exception failure) {
                result.completeExceptionally(failure);
            }
        });
        WindowRun run = result.get(seconds + 180L, TimeUnit.SECONDS);
        printCpu("window", run.cpu(), run.xServerSeconds(), run.nanos());
        if (out != null) {
            Files.createDirectories(out);
            Path checkpoint = out.resolve("checkpoint.zip");
            run.trainer().save(checkpoint); // paused: what the class saw when the bench stopped
            System.out.printf(Locale.ROOT, "saved the window's generator at step %,d to %s%n",
                    run.trainer().latest().step(), checkpoint);
        }
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            run.stage().close(); // the window ends its training thread as it closes (MainWindow)
            closed.complete(null);
        });
        closed.get(30, TimeUnit.SECONDS);
        run.trainer().awaitClosed(30_000); // its last step must not overlap the headless measurement
        double headlessAfter = headlessStepsPerSecond(mnist, Math.max(3, seconds / 2));
        System.out.printf(Locale.ROOT, "headless train steps/s (after the window): %.3f%n", headlessAfter);
        Platform.exit();
        double headless = (headlessBefore + headlessAfter) / 2;
        System.out.printf(Locale.ROOT, "headless train steps/s: %.3f (mean of before and after)%n", headless);
        System.out.printf(Locale.ROOT, "window trained %,d steps in %d s%n", run.steps(), seconds);
        System.out.printf(Locale.ROOT, "window steps/s %.3f = %.0f%% of headless; %d pulses%n", run.stepsPerSecond(),
                100 * run.stepsPerSecond() / headless, run.pulses());
        System.out.printf(Locale.ROOT, "pulse p95 ms: %.1f, max ms: %.1f, steps/s: %.3f%n", run.pulseP95(),
                run.pulseMax(), run.stepsPerSecond());
        return 0;
    }

    private static double headlessStepsPerSecond(ImageSet data, int seconds) {
        GanModel model = GanModel.create(Preset.classroom(), 1);
        for (int i = 0; i < 3; i++) {
            model.trainStep(data, GanModel.StepKind.BOTH); // warm-up
        }
        long start = System.nanoTime();
        long steps = 0;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds)) {
            model.trainStep(data, GanModel.StepKind.BOTH);
            steps++;
        }
        return steps / ((System.nanoTime() - start) / 1e9);
    }

    /** Cores used per thread name over the phase, largest first, then the total. */
    private static void printCpu(String phase, Map<String, Double> cpu, double xServerSeconds, long nanos) {
        if (!ThreadCpu.available()) {
            System.out.println(phase + " CPU by thread: not available (needs Linux /proc)");
            return;
        }
        double wall = nanos / 1e9;
        StringBuilder line = new StringBuilder(phase + " CPU by thread (cores):");
        double total = 0;
        List<Map.Entry<String, Double>> entries = new ArrayList<>(cpu.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (Map.Entry<String, Double> entry : entries) {
            total += entry.getValue();
            if (entry.getValue() / wall >= 0.005) {
                line.append(String.format(Locale.ROOT, " %s %.2f,", entry.getKey(), entry.getValue() / wall));
            }
        }
        line.append(String.format(Locale.ROOT, " this process %.2f", total / wall));
        if (xServerSeconds > 0) {
            line.append(String.format(Locale.ROOT, ", X server %.2f", xServerSeconds / wall));
        }
        System.out.println(line);
    }

    /** On the FX thread: waits for the engine, starts training, then records pulse gaps. */
    private static void measureWhenReady(MainWindow window, Stage stage, int seconds,
                                         CompletableFuture<WindowRun> result) {
        List<Double> gaps = new ArrayList<>();
        new AnimationTimer() {
            private long previous;
            private long measureStart;
            private long startStep;
            private long warmUpUntil;
            private Map<String, Double> cpuStart;
            private double xServerStart;

            @Override
            public void handle(long now) {
                GanTrainer trainer = window.trainingPanel().trainer().orElse(null);
                if (trainer == null) {
                    return;
                }
                if (warmUpUntil == 0) {
                    window.trainingPanel().togglePlay();
                    warmUpUntil = now + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS); // let training reach its pace
                    return;
                }
                if (now < warmUpUntil) {
                    return;
                }
                if (measureStart == 0) {
                    measureStart = now;
                    previous = now;
                    startStep = trainer.latest().step();
                    cpuStart = ThreadCpu.sample();
                    xServerStart = ThreadCpu.processSeconds("Xvfb");
                    return;
                }
                gaps.add((now - previous) / 1e6);
                previous = now;
                if (now - measureStart >= TimeUnit.SECONDS.toNanos(seconds)) {
                    stop();
                    trainer.pause();
                    Map<String, Double> cpu = ThreadCpu.byName(cpuStart, ThreadCpu.sample());
                    double xServer = ThreadCpu.processSeconds("Xvfb") - xServerStart;
                    long steps = trainer.latest().step() - startStep;
                    double stepsPerSecond = steps / ((now - measureStart) / 1e9);
                    List<Double> sorted = new ArrayList<>(gaps);
                    Collections.sort(sorted);
                    double p95 = sorted.get((int) Math.floor(0.95 * (sorted.size() - 1)));
                    double max = sorted.get(sorted.size() - 1);
                    result.complete(new WindowRun(p95, max, stepsPerSecond, sorted.size(), steps, cpu, xServer,
                            now - measureStart, trainer, stage));
                }
            }
        }.start();
    }
}
