package org.ganclassroom.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ganclassroom.data.DatasetException;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.Checkpoint;
import org.ganclassroom.gan.CheckpointException;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.gan.RunHistory;
import org.ganclassroom.gan.RunRecorder;
import org.ganclassroom.gan.SampleGrid;
import org.ganclassroom.gan.StepResult;
import org.ganclassroom.gan.TrainingHealth;
import org.ganclassroom.text.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train}: trains a DCGAN without the window, writing metrics.csv, sample grids and a checkpoint.
 * Runs the training loop on this thread (no trainer thread: every step's numbers go to metrics.csv).
 * The folder is written by {@link TrainingOutput}: one run at a time, and the old checkpoint and metrics
 * stay until the new ones replace them together at the end. Its sentences on stderr follow --lang
 * ({@link Messages}); metrics.csv and file names are written in {@code Locale.ROOT}, for scripts.
 */
@Command(name = "train", mixinStandardHelpOptions = true)
public final class TrainCommand implements Callable<Integer> {

    static final String METRICS_HEADER = "step,elapsed_ms,d_loss,g_loss,d_real,d_fake";
    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;
    /** 1e400 parses as Infinity, and a run that cannot end is a mistake, not a plan. */
    private static final double MAX_SECONDS = 7 * 24 * 3600;
    private static final long MAX_STEPS = 1_000_000_000L;

    @Option(names = "--dataset", required = true, paramLabel = "mnist|fashion|PATH")
    private String dataset;

    @Option(names = "--preset", defaultValue = Preset.CLASSROOM, paramLabel = "classroom|reference|conditional")
    private String presetName;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Budget budget;

    static final class Budget {
        @Option(names = "--steps", paramLabel = "N")
        Long steps;

        @Option(names = "--seconds", paramLabel = "S")
        Double seconds;
    }

    @Option(names = "--out", required = true, paramLabel = "DIR")
    private Path out;

    @Option(names = "--batch", paramLabel = "B")
    private Integer batch;

    @Option(names = "--lr", paramLabel = "LR")
    private Double learningRate;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "K")
    private long seed;

    @Option(names = "--grid-every", defaultValue = "100", paramLabel = "K")
    private int gridEvery;

    @Option(names = "--resume", paramLabel = "CHECKPOINT")
    private Path resume;

    @Option(names = "--checkpoint-at", split = ",", paramLabel = "S")
    private java.util.List<Double> checkpointAt = java.util.List.of();

    @Option(names = "--without-optimizer-state")
    private boolean withoutOptimizerState;

    @Option(names = "--compact")
    private boolean compact;

    @Override
    public Integer call() throws DatasetException, CheckpointException, IOException {
        validate();
        ImageSet images = Datasets.shipped().training(dataset);
        images.warnings().forEach(w -> System.err.println("train: " + w));
        GanModel model = resume != null ? Checkpoint.load(resume)
                : GanModel.create(Presets.require(presetName), seed);
        // the curves, verdicts, time-lapse and clock go on from the resumed file's, so Load shows the whole run
        RunRecorder recorder = new RunRecorder(resume != null ? Checkpoint.history(resume) : RunHistory.NONE);
        try {
            GanModel.requireTrainable(model.preset(), images);
        } catch (IllegalArgumentException unsuitable) {
            throw new UsageException(unsuitable.getMessage());
        }
        if (batch != null) {
            model.setBatchSize(batch);
        }
        if (learningRate != null) {
            model.setLearningRate(learningRate);
        }
        try (TrainingOutput output = TrainingOutput.open(out)) {
            return train(model, images, output, recorder);
        }
    }

    private int train(GanModel model, ImageSet images, TrainingOutput output, RunRecorder recorder)
            throws IOException, CheckpointException {
        System.err.println("train: " + Messages.get("cli.train.start", model.preset().summary(), images.name(),
                Messages.count("cli.images", images.count()), budgetText(), Messages.number(model.step())));
        TrainingHealth health = new TrainingHealth();
        long startStep = model.step();
        long start = System.nanoTime();
        long lastProgress = start;
        java.util.Deque<Double> pendingCheckpoints = new java.util.ArrayDeque<>(
                checkpointAt.stream().sorted().toList());
        // Resuming in the checkpoint's own folder continues its metrics; elsewhere the run's rows start anew.
        boolean sameFolder = resume != null && sameFile(resume.toAbsolutePath().getParent(), out);
        BufferedWriter metrics = output.startMetrics(METRICS_HEADER, sameFolder ? startStep : 0);
        while (!budgetSpent(model.step() - startStep, System.nanoTime() - start)) {
            StepResult result = model.trainStep(images, GanModel.StepKind.BOTH);
            recorder.step(result);
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            metrics.write(String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%.6f,%.6f%n", result.step(), elapsedMillis,
                    result.discriminatorLoss(), result.generatorLoss(), result.meanRealScore(),
                    result.meanFakeScore()));
            Optional<String> problem = health.afterStep(result);
            if (problem.isEmpty() && result.step() % gridEvery == 0) {
                problem = writeGrid(model, health, recorder);
            }
            if (problem.isPresent()) {
                metrics.flush();
                System.err.println("train: " + problem.get());
                System.err.println("train: " + Messages.get("cli.train.stopped", output.resolve(TrainingOutput.PARTIAL)));
                return 3;
            }
            while (!pendingCheckpoints.isEmpty()
                    && System.nanoTime() - start >= pendingCheckpoints.peekFirst() * 1e9) {
                long saveStart = System.nanoTime();
                Checkpoint.save(model, output.resolve(String.format(Locale.ROOT, "checkpoint-%ss.zip",
                        formatSeconds(pendingCheckpoints.removeFirst()))), storage(), datasetSpec(),
                        recorder.history((saveStart - start) / 1_000_000));
                start += System.nanoTime() - saveStart; // the clock stops while saving
            }
            if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                lastProgress = System.nanoTime();
                metrics.flush();
                printProgress(result, images, model, (model.step() - startStep) / ((lastProgress - start) / 1e9));
            }
        }
        if (model.step() % gridEvery != 0) {
            writeGrid(model, health, recorder);
        }
        Checkpoint.save(model, output.resolve("checkpoint.zip"), storage(), datasetSpec(),
                recorder.history((System.nanoTime() - start) / 1_000_000));
        output.publishMetrics();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.println("train: " + Messages.get("cli.train.done", Messages.count("cli.steps", model.step() - startStep),
                Messages.decimal(seconds, 1), Messages.decimal((model.step() - startStep) / seconds, 2),
                out.toAbsolutePath()));
        return 0;
    }

    private Optional<String> writeGrid(GanModel model, TrainingHealth health, RunRecorder recorder) throws IOException {
        float[] samples = model.fixedSamples();
        SampleGrid grid = SampleGrid.of(model.step(), samples, GanModel.GRID_SAMPLES, 28, model.gridColumns());
        recorder.grid(grid); // the time-lapse Load shows
        grid.writePng(out.resolve(String.format(Locale.ROOT, "grid-%06d.png", model.step()))); // atomic: replaces a link
        return health.afterSamples(model.step(), samples, GanModel.GRID_SAMPLES, 28 * 28);
    }

    /** The dataset as the checkpoint records it: a shipped name, or a folder's absolute path. */
    private String datasetSpec() {
        String key = dataset.toLowerCase(Locale.ROOT);
        return Datasets.SHIPPED.contains(key) ? key : Path.of(dataset).toAbsolutePath().normalize().toString();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a != null && Files.isSameFile(a, b);
        } catch (IOException cannotTell) {
            return false;
        }
    }

    private static String formatSeconds(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }

    private void validate() {
        if (checkpointAt.stream().anyMatch(t -> !(t > 0))) {
            throw new UsageException(Messages.get("cli.train.checkpointAtPositive"));
        }
        if (budget.steps != null && (budget.steps < 1 || budget.steps > MAX_STEPS)
                || budget.seconds != null && !(budget.seconds > 0 && budget.seconds <= MAX_SECONDS)) {
            throw new UsageException(Messages.get("cli.train.budgetRange", MAX_STEPS, (long) MAX_SECONDS));
        }
        if (checkpointAt.stream().anyMatch(t -> t > MAX_SECONDS)) {
            throw new UsageException(Messages.get("cli.train.checkpointAtMax", (long) MAX_SECONDS));
        }
        if (gridEvery < 1) {
            throw new UsageException(Messages.get("cli.train.gridEvery"));
        }
        if (batch != null && (batch < 1 || batch > 1024)) {
            throw new UsageException(Messages.get("cli.train.batch"));
        }
        if (learningRate != null && (!(learningRate > 0) || learningRate > 1)) {
            throw new UsageException(Messages.get("cli.train.lr"));
        }
        if (resume == null) {
            Presets.require(presetName);
        }
    }

    private boolean budgetSpent(long steps, long nanos) {
        return budget.steps != null ? steps >= budget.steps : nanos >= budget.seconds * 1e9;
    }

    private String budgetText() {
        if (budget.steps != null) {
            return Messages.count("cli.steps", budget.steps);
        }
        java.text.NumberFormat seconds = java.text.NumberFormat.getNumberInstance(Messages.locale()); // 1.5 -> 1,5
        seconds.setMaximumFractionDigits(3);
        return Messages.get(budget.seconds == 1 ? "cli.seconds.one" : "cli.seconds.other", seconds.format(budget.seconds));
    }

    private static void printProgress(StepResult r, ImageSet images, GanModel model, double stepsPerSecond) {
        System.err.println(Messages.get("cli.train.progress", Messages.number(r.step()),
                Messages.decimal(model.imagesSeen() / (double) images.count(), 2),
                Messages.decimal(r.discriminatorLoss(), 3), Messages.decimal(r.generatorLoss(), 3),
                Messages.decimal(r.meanRealScore(), 2), Messages.decimal(r.meanFakeScore(), 2),
                Messages.decimal(stepsPerSecond, 2)));
    }

    private Checkpoint.Storage storage() {
        return compact ? Checkpoint.Storage.COMPACT
                : withoutOptimizerState ? Checkpoint.Storage.WITHOUT_OPTIMIZER : Checkpoint.Storage.FULL;
    }
}
