package org.ganclassroom.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganclassroom.data.DatasetException;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.gan.dl4j.Dl4jGanStep;
import org.ganclassroom.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: training speed of the reference network at batch 64 on MNIST, to set beside PyTorch's. Its
 * usage errors follow --lang; its measurements stay in English with Locale.ROOT numbers: docs/performance.md
 * and the comparison scripts read them as they are.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {

    private static final int WARM_UP = 5;

    enum Engine { NATIVE, DL4J }

    @Option(names = "--steps", defaultValue = "40")
    private int steps;

    @Option(names = "--preset", defaultValue = Preset.REFERENCE)
    private String presetName;

    @Option(names = "--engine", defaultValue = "native")
    private String engineName;

    @Option(names = "--profile")
    private boolean profile;

    /**
     * The step's floor: its matrix products' FLOPs at the best rate OpenBLAS reaches here (a square 1024
     * product on the same threads, best of five tries). Everything else in a step (patch copies, BatchNorm, activations, Adam)
     * is extra time above it. Which OpenBLAS kernel runs: OPENBLAS_VERBOSE=2 prints "Core: ..." at start.
     */
    private static void printFloor(double flopsPerStep, double productMsPerStep, double msPerStep) {
        // The best of five tries: a VM's neighbours slow a 0.15 s measurement by up to a third now and then
        // (single tries here read 100 to 186 GFLOP/s), and the floor is the best the kernel can do.
        double gflops = 0;
        for (int i = 0; i < 5; i++) {
            gflops = Math.max(gflops, org.ganclassroom.nn.Blas.measureGflops(1024, 10));
        }
        double floorMs = flopsPerStep / gflops / 1e6;
        System.out.printf(Locale.ROOT, "matrix products: %.3f GFLOP per step; sgemm here: %.0f GFLOP/s (1024^3 on %d"
                + " threads)%n", flopsPerStep / 1e9, gflops, org.ganclassroom.nn.Engine.threads());
        System.out.printf(Locale.ROOT, "floor: %.1f ms/step; measured %.1f ms/step = %.2fx the floor%n", floorMs,
                msPerStep, msPerStep / floorMs);
        System.out.printf(Locale.ROOT, "of which matrix products: %.1f ms/step (%.0f GFLOP/s on the step's shapes), the"
                + " rest (patch copies, BatchNorm, activations, Adam, hand-offs): %.1f ms/step%n", productMsPerStep,
                flopsPerStep / productMsPerStep / 1e6, msPerStep - productMsPerStep);
    }

    @Override
    public Integer call() throws DatasetException {
        if (steps <= WARM_UP) {
            throw new UsageException(Messages.get("cli.bench.steps", WARM_UP));
        }
        Engine engine = switch (engineName.toLowerCase(Locale.ROOT)) {
            case "native" -> Engine.NATIVE;
            case "dl4j" -> Engine.DL4J;
            default -> throw new UsageException(Messages.get("cli.bench.engine", engineName));
        };
        if (profile && engine != Engine.NATIVE) {
            throw new UsageException(Messages.get("cli.bench.profileNative"));
        }
        Preset preset = Presets.require(presetName);
        if (engine == Engine.DL4J && !preset.isPlainDcgan()) {
            throw new UsageException(Messages.get("cli.bench.dl4jPlain", preset.name()));
        }
        ImageSet mnist = Datasets.shipped().training(Datasets.MNIST);
        Runnable step;
        GanModel model = null;
        if (engine == Engine.NATIVE) {
            GanModel m = GanModel.create(preset, 0);
            model = m;
            step = () -> m.trainStep(mnist, GanModel.StepKind.BOTH);
        } else {
            Dl4jGanStep dl4j = new Dl4jGanStep(preset, 0);
            step = () -> dl4j.step(mnist);
        }
        long start = 0;
        long flopsBefore = 0;
        long productNanosBefore = 0;
        for (int i = 0; i < steps; i++) {
            if (i == WARM_UP) {
                start = System.nanoTime();
                flopsBefore = org.ganclassroom.nn.Blas.flopCount();
                productNanosBefore = org.ganclassroom.nn.Blas.productNanos();
                if (profile) {
                    model.startProfiling();
                    org.ganclassroom.nn.Blas.startProfiling();
                    org.ganclassroom.nn.Sections.startProfiling();
                }
            }
            step.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int timed = steps - WARM_UP;
        if (profile) {
            System.out.print(model.profileTable(timed));
            System.out.print(org.ganclassroom.nn.Blas.profileTable(timed));
            System.out.print(org.ganclassroom.nn.Sections.profileTable(timed));
        }
        System.out.printf(Locale.ROOT, "engine: %s, preset: %s, batch %d, %d timed steps in %.2f s (%.0f ms/step)%n",
                engine.name().toLowerCase(Locale.ROOT), preset.name(), preset.batchSize(), timed, seconds,
                1000 * seconds / timed);
        if (engine == Engine.NATIVE) {
            printFloor((org.ganclassroom.nn.Blas.flopCount() - flopsBefore) / (double) timed,
                    (org.ganclassroom.nn.Blas.productNanos() - productNanosBefore) / 1e6 / timed, 1000 * seconds / timed);
        }
        System.out.printf(Locale.ROOT, "steps/s: %.3f%n", timed / seconds);
        return 0;
    }
}
