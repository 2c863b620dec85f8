package org.ganclassroom.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.lesson.LessonsFolder;
import org.ganclassroom.ui.shell.MainWindow;
import org.ganclassroom.ui.training.TrainingSetup;

/**
 * Measures UI smoothness under training. Phase 1 trains the classroom preset headless for S seconds (the
 * speed to match). Phase 2 opens the real main window, starts training from the panel, and records the
 * time between consecutive JavaFX pulses with an AnimationTimer for S seconds. A pulse gap is what a
 * viewer experiences as a frame: 16.7 ms at 60 fps; a gap of 100 ms is a visible stutter.
 */
final class UiBench {

    private UiBench() {
    }

    static int run(int seconds) throws Exception {
        Datasets datasets = Datasets.shipped();
        ImageSet mnist = datasets.training(Datasets.MNIST);
        double headless = headlessStepsPerSecond(mnist, seconds);
        System.out.printf(Locale.ROOT, "headless train steps/s: %.3f%n", headless);

        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Path settingsFolder = Files.createTempDirectory("ui-bench");
                Stage stage = new Stage();
                MainWindow window = new MainWindow(stage, LessonsFolder.locate(null), settingsFolder,
                        new TrainingSetup(List.of(Preset.classroom()), datasets, 10, 1));
                window.show();
                measureWhenReady(window, seconds, result);
            } catch (Exception failure) {
                result.completeExceptionally(failure);
            }
        });
        double[] figures = result.get(seconds + 180L, TimeUnit.SECONDS);
        Platform.exit();
        System.out.printf(Locale.ROOT, "window steps/s %.3f = %.0f%% of headless; %d pulses%n", figures[2],
                100 * figures[2] / headless, (long) figures[3]);
        System.out.printf(Locale.ROOT, "pulse p95 ms: %.1f, max ms: %.1f, steps/s: %.3f%n", figures[0], figures[1],
                figures[2]);
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

    /** On the FX thread: waits for the engine, starts training, then records pulse gaps. */
    private static void measureWhenReady(MainWindow window, int seconds, CompletableFuture<double[]> result) {
        List<Double> gaps = new ArrayList<>();
        new AnimationTimer() {
            private long previous;
            private long measureStart;
            private long startStep;
            private long warmUpUntil;

            @Override
            public void handle(long now) {
                GanTrainer trainer = window.trainingPanel().trainer().orElse(null);
                if (trainer == null) {
                    return;
                }
                if (warmUpUntil == 0) {
                    window.trainingPanel().togglePlay();
                    warmUpUntil = now + TimeUnit.SECONDS.toNanos(5); // let training reach its pace
                    return;
                }
                if (now < warmUpUntil) {
                    return;
                }
                if (measureStart == 0) {
                    measureStart = now;
                    previous = now;
                    startStep = trainer.latest().step();
                    return;
                }
                gaps.add((now - previous) / 1e6);
                previous = now;
                if (now - measureStart >= TimeUnit.SECONDS.toNanos(seconds)) {
                    stop();
                    double stepsPerSecond = (trainer.latest().step() - startStep) / ((now - measureStart) / 1e9);
                    List<Double> sorted = new ArrayList<>(gaps);
                    Collections.sort(sorted);
                    double p95 = sorted.get((int) Math.floor(0.95 * (sorted.size() - 1)));
                    double max = sorted.get(sorted.size() - 1);
                    window.trainingPanel().close();
                    result.complete(new double[] {p95, max, stepsPerSecond, sorted.size()});
                }
            }
        }.start();
    }
}
