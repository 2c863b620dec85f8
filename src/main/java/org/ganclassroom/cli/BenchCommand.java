package org.ganclassroom.cli;

import java.util.concurrent.Callable;
import org.ganclassroom.data.DatasetException;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: training speed of the reference network at batch 64 on MNIST, to set beside PyTorch's. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure training speed: the reference preset, batch 64, MNIST.",
                "The first 5 steps are warm-up; the last line is 'steps/s: X'."})
public final class BenchCommand implements Callable<Integer> {

    private static final int WARM_UP = 5;

    @Option(names = "--steps", defaultValue = "40", description = "Steps to run, warm-up included (default ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--preset", defaultValue = Preset.REFERENCE,
            description = "Preset to measure (default ${DEFAULT-VALUE}).")
    private String presetName;

    @Override
    public Integer call() throws DatasetException {
        if (steps <= WARM_UP) {
            throw new UsageException(
                    "--steps must be more than the " + WARM_UP + " warm-up steps");
        }
        Preset preset = Presets.require(presetName);
        ImageSet mnist = Datasets.shipped().training(Datasets.MNIST);
        GanModel model = GanModel.create(preset, 0);
        long start = 0;
        for (int i = 0; i < steps; i++) {
            if (i == WARM_UP) {
                start = System.nanoTime();
            }
            model.trainStep(mnist, GanModel.StepKind.BOTH);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("preset: %s, batch %d, %d timed steps in %.2f s (%.0f ms/step)%n", preset.name(),
                preset.batchSize(), steps - WARM_UP, seconds, 1000 * seconds / (steps - WARM_UP));
        System.out.printf(java.util.Locale.ROOT, "steps/s: %.3f%n", (steps - WARM_UP) / seconds);
        return 0;
    }
}
