package org.ganclassroom.dock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.ganclassroom.data.DatasetCache;
import org.ganclassroom.data.DatasetException;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.AnimatedGif;
import org.ganclassroom.gan.Checkpoint;
import org.ganclassroom.gan.CheckpointException;
import org.ganclassroom.gan.ComputeThreads;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.RunHistory;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.gan.TrainableGan;
import org.ganclassroom.gan.dl4j.Dl4jGanStep;
import org.ganclassroom.gan.SampleGrid;
import org.ganclassroom.judge.Judge;
import org.ganclassroom.judge.JudgeReport;
import org.ganclassroom.judge.ShippedJudges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training dock without its window: which run is training on which images, what the status line
 * says, what the judge last made of the fakes, and the instructor's commands (start, step, reset, load,
 * save, export, settings). The JavaFX dock is a thin view over this, and plain tests drive it.
 *
 * <p>Threads: commands are called on the view's thread and never wait for a training step. Whatever has
 * to (building networks, reading a dataset or a checkpoint, saving, judging) runs on the {@code io}
 * executor, one task at a time; every call back into the {@link View} goes through the {@code ui}
 * executor ({@code Platform::runLater} in the app, the calling thread in tests).
 */
public final class DockSession {

    private static final Logger LOG = LoggerFactory.getLogger(DockSession.class);
    /**
     * How often the judge looks, and the least time between two grids. The judge runs on ND4J, whose conv
     * kernels are slow: judging every grid would take a core from training. Each grid is 64 fakes through G
     * on the training thread and a repaint; each judging is a DL4J pass on a core training shares: on two
     * cores every 0.05 of a core is 2.5% of the steps (ui-bench, docs/performance.md). Two grids a second
     * and a verdict every 3 s still read as live to a class.
     */
    private static final long JUDGE_INTERVAL_NANOS = 3_000_000_000L;
    static final long GRID_INTERVAL_NANOS = 500_000_000L;

    /** What the dock shows, called on the ui executor. */
    public interface View {
        /** The status line (what the class is told); {@code problem} marks it as something gone wrong. */
        void status(String text, boolean problem);

        /** The outcome of something the instructor asked for (a save, an export, a load): status and a notice. */
        void outcome(String text, boolean problem);

        /** The engine is built: the controls may be used. */
        void ready();

        /** A fresh, reset or loaded run: show its images and settings, and forget the last run's verdict. */
        void newRun(Run run);

        /** The judge's line when there is no verdict to show (no judge, next grid, a failure). */
        void judgeLine(String text);

        /** The judge's verdict on the newest grid of the current run. */
        void verdict(Verdict verdict);

        /** Shows or hides the offer of the shipped "after 1 minute" generator. */
        void offerShipped(boolean offer);
    }

    /** The words of the dock: a key of texts.properties and its placeholders' values, in the window's language. */
    public interface Words {
        String get(String key, Object... values);

        /** How numbers are written: 60,000 in English, 60 000 in French. */
        java.util.Locale locale();
    }

    /** A run as the dock shows it. */
    public record Run(String datasetSpec, String presetName, int batchSize, double learningRate) {
    }

    /** The judge on one grid: how many of its fakes it recognises, and as which classes. */
    public record Verdict(long step, int percent, int count, List<String> classNames, int[] histogram) {
    }

    private final DockSetup setup;
    private final Executor io;
    private final Executor ui;
    private final View view;
    private final Words words;
    private final DatasetCache datasets;

    private volatile GanTrainer trainer;
    private volatile boolean closed;
    /** Set on the view's thread, read by io tasks: volatile so they see the newest choice. */
    private volatile String datasetSpec;
    private volatile Judge judge;
    private long judgedStep = -1;
    private long lastJudgedNanos;
    /** The live Fréchet distance (io thread only), measured with a verdict at most every INTERVAL_NANOS. */
    private final FidelityMeter fidelity;
    private long lastFrechetNanos;
    private boolean judging;
    /** Counts runs (resets, loads): a verdict arriving for an earlier run is dropped. */
    private int generation;

    public DockSession(DockSetup setup, Executor io, Executor ui, View view, Words words) {
        this.setup = setup;
        this.io = io;
        this.ui = ui;
        this.view = view;
        this.words = words;
        this.datasets = new DatasetCache(setup.datasets());
        this.datasetSpec = setup.defaultDataset();
        this.fidelity = new FidelityMeter(setup.datasets());
    }

    public Optional<GanTrainer> trainer() {
        return Optional.ofNullable(trainer);
    }

    /** The images the current run learns from: "mnist", "fashion" or a folder's path. */
    public String datasetSpec() {
        return datasetSpec;
    }

    public List<Preset> presets() {
        return setup.presets();
    }

    /**
     * What the dock's preset list offers: every preset on this app's engine, and the plain DCGAN once more
     * on DL4J ("reference (DL4J)"), so the class can watch the code of the lesson "The GAN in code" learn.
     */
    public List<String> runChoices() {
        List<String> choices = new java.util.ArrayList<>();
        for (Preset preset : setup.presets()) {
            choices.add(preset.name());
            if (preset.isPlainDcgan()) {
                choices.add(preset.name() + Dl4jGanStep.NAME_SUFFIX);
            }
        }
        return choices;
    }

    /**
     * A run choice as people read it: a shipped preset's name in the window's language ("salle de classe" for
     * {@code classroom}, from the {@code preset.*} keys), other presets by their id, " (DL4J)" kept. The id stays
     * what files, settings and the command line use.
     */
    public static String displayName(Words words, String choice) {
        boolean dl4j = choice.endsWith(Dl4jGanStep.NAME_SUFFIX);
        String id = dl4j ? choice.substring(0, choice.length() - Dl4jGanStep.NAME_SUFFIX.length()) : choice;
        String shown = Preset.names().contains(id) ? words.get("preset." + id) : id;
        return dl4j ? shown + Dl4jGanStep.NAME_SUFFIX : shown;
    }

    /** A fresh model for a run choice: this app's engine, or DL4J for a "(DL4J)" choice. */
    private TrainableGan create(String choice) {
        boolean dl4j = choice.endsWith(Dl4jGanStep.NAME_SUFFIX);
        String presetName = dl4j ? choice.substring(0, choice.length() - Dl4jGanStep.NAME_SUFFIX.length()) : choice;
        Preset preset = setup.presets().stream().filter(p -> p.name().equals(presetName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(words.get("dock.unknownRun", choice)));
        return dl4j ? new Dl4jGanStep(preset, setup.seed()) : GanModel.create(preset, setup.seed());
    }

    /**
     * Loads the default dataset and builds the networks in the background. If the instructor's default
     * dataset cannot be used (a folder deleted or full of broken pictures), says why and starts on the
     * shipped digits instead of waiting forever.
     */
    public void startEngine() {
        Preset preset = setup.presets().get(0);
        inBackground(() -> {
            String wanted = datasetSpec;
            String problem = startOn(preset, wanted, null);
            if (problem != null && !Datasets.MNIST.equals(wanted)) {
                datasetSpec = Datasets.MNIST;
                problem = startOn(preset, Datasets.MNIST, words.get("dock.defaultUnusable", wanted, problem) + " ");
            }
            if (problem != null) {
                String reason = problem;
                onUi(() -> view.status(words.get("dock.engineFailed", reason), true));
            }
        });
    }

    /** On the io thread: builds the trainer on {@code spec}; null when it worked, else why not. */
    private String startOn(Preset preset, String spec, String notice) {
        try {
            ComputeThreads.apply(setup.threads());
            ImageSet data = datasets.get(spec);
            TrainableGan model = GanModel.create(preset, setup.seed());
            GanTrainer created = new GanTrainer(model, data, setup.gridEvery(), GRID_INTERVAL_NANOS);
            onUi(() -> {
                trainer = created;
                view.ready();
                view.newRun(new Run(spec, preset.name(), model.batchSize(), model.generatorLearningRate()));
                view.status((notice == null ? "" : notice) + words.get("dock.ready", displayName(words, preset.name()), describe(data)),
                        notice != null);
            });
            // The judge last: starting ND4J takes seconds on a 2-core laptop, and the controls greyed out
            // until it had (the class could not press Start for ~12 s). It judges from its first grid on.
            loadJudge(spec);
            return null;
        } catch (DatasetException | RuntimeException | Error failure) {
            // An Error too: an image bomb's OutOfMemoryError once left "Starting the training engine…" forever.
            LOG.error("Training engine could not start on {}", spec, failure);
            return failure instanceof OutOfMemoryError ? words.get("dock.outOfMemory") : failure.getMessage();
        }
    }

    /** Applies a new thread count from the next step (the instructor settings pane). */
    public void setThreads(int threads) {
        inBackground(() -> ComputeThreads.apply(threads));
    }

    public void togglePlay() {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        if (t.state() == GanTrainer.State.RUNNING) {
            t.pause();
            view.status(words.get("dock.paused"), false);
        } else {
            t.start();
            view.status(words.get("dock.training"), false);
        }
    }

    public void step(GanModel.StepKind kind) {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        if (t.state() == GanTrainer.State.RUNNING) {
            view.status(words.get("dock.stepWhileRunning"), false);
            return;
        }
        t.step(kind);
        view.status(switch (kind) {
            case BOTH -> words.get("dock.stepped.both");
            case DISCRIMINATOR_ONLY -> words.get("dock.stepped.d");
            case GENERATOR_ONLY -> words.get("dock.stepped.g");
        }, false);
    }

    /** True when starting over loses nothing (no steps trained yet), so the view need not ask. */
    public boolean freshRun() {
        GanTrainer t = trainer;
        return t == null || t.latest().step() == 0;
    }

    /** Starts a fresh run of {@code preset} on {@code spec}, on this app's engine. */
    public void startFreshRun(Preset preset, String spec) {
        startFreshRun(preset.name(), spec);
    }

    /**
     * Starts a fresh run of one of {@link #runChoices} on {@code spec}; the old run's progress is gone. A
     * DL4J run says so, and what it cannot do.
     */
    public void startFreshRun(String choice, String spec) {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        view.status(words.get("dock.startingFresh", displayName(words, choice)), false);
        view.offerShipped(false);
        inBackground(() -> {
            try {
                ImageSet data = datasets.get(spec);
                TrainableGan model = create(choice);
                t.replaceModel(model, data);
                loadJudge(spec);
                onUi(() -> {
                    datasetSpec = spec;
                    forgetVerdict();
                    view.newRun(new Run(spec, model.name(), model.batchSize(), model.generatorLearningRate()));
                    String skipped = data.warnings().isEmpty() ? "" : " " + words.get("dock.skippedFiles",
                            data.warnings().size(), String.join("; ",
                                    data.warnings().subList(0, Math.min(3, data.warnings().size()))));
                    String engine = model instanceof GanModel ? "" : " " + words.get("dock.dl4jRun");
                    view.status(words.get("dock.freshRun", model.name(), describe(data)) + engine + skipped,
                            !data.warnings().isEmpty());
                });
            } catch (DatasetException | IllegalArgumentException problem) {
                // IllegalArgumentException: a preset these images cannot train (conditional on a folder)
                onUi(() -> {
                    view.newRun(currentRun());
                    view.status(words.get("dock.nothingChanged", ErrorSentence.of(problem)), true);
                });
            }
        });
    }

    /**
     * Loads a checkpoint and switches to the images it learned from (recorded in the file), with their
     * judge: a digit generator loaded while clothes were selected used to be judged as clothes and then
     * trained on them. A file that does not say, or whose folder is not on this computer, keeps the
     * current images, and the status says so.
     */
    public void loadCheckpoint(Path file) {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        view.status(words.get("dock.loading", file.getFileName()), false);
        view.offerShipped(false);
        String current = datasetSpec;
        inBackground(() -> {
            try {
                GanModel model = Checkpoint.load(file);
                RunHistory past = Checkpoint.history(file); // the curves, time-lapse and clock go on from there
                Optional<String> recorded = Checkpoint.datasetOf(file);
                String spec = recorded.filter(this::availableHere).orElse(current);
                String note = recorded.isEmpty() ? " " + words.get("dock.loaded.unknownImages")
                        : !availableHere(recorded.get()) ? " " + words.get("dock.loaded.missingImages", recorded.get()) : "";
                ImageSet data = datasets.get(spec);
                if (!spec.equals(current)) {
                    loadJudge(spec);
                }
                t.replaceModel(model, data, past);
                onUi(() -> {
                    datasetSpec = spec;
                    forgetVerdict();
                    view.newRun(new Run(spec, model.preset().name(), model.batchSize(), model.generatorLearningRate()));
                    view.outcome(words.get("dock.loaded", file.getFileName(), displayName(words, model.preset().name()),
                            number(model.step()), describe(data)) + note, !note.isEmpty());
                });
            } catch (CheckpointException | DatasetException | IllegalArgumentException problem) {
                onUi(() -> view.outcome(words.get("dock.nothingChanged", ErrorSentence.of(problem)), true));
            }
        });
    }

    /** A shipped dataset, or a folder that exists here. */
    private boolean availableHere(String spec) {
        return Datasets.SHIPPED.contains(spec) || Files.isDirectory(Path.of(spec));
    }

    public void saveCheckpoint(Path file) {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        String spec = datasetSpec;
        inBackground(() -> {
            try {
                t.save(file, spec);
                onUi(() -> view.outcome(words.get("dock.saved", file), false));
            } catch (CheckpointException problem) {
                onUi(() -> view.outcome(problem.getMessage(), true));
            }
        });
    }

    /** Writes the grid on screen (live or from the time-lapse) as a PNG. */
    public void exportGrid(SampleGrid grid, Path file) {
        if (grid == null) {
            view.status(words.get("dock.noGridYet"), true);
            return;
        }
        writeInBackground(file, () -> grid.writePng(file), words.get("dock.gridSaved", grid.step(), file));
    }

    /** Writes every grid of the time-lapse so far as an animated GIF, off the view's thread. */
    public void exportTimelapse(Path file) {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        List<SampleGrid> grids = t.timeline().grids();
        writeInBackground(file, () -> AnimatedGif.write(grids, 150, file), words.get("dock.gifSaved", grids.size(), file));
    }

    /** Writing a file that may fail. */
    @FunctionalInterface
    private interface FileWrite {
        void run() throws java.io.IOException;
    }

    /** Runs {@code write} on the io thread, then tells the view {@code saved} or why {@code file} could not be. */
    private void writeInBackground(Path file, FileWrite write, String saved) {
        inBackground(() -> {
            try {
                write.run();
                onUi(() -> view.outcome(saved, false));
            } catch (java.io.IOException problem) {
                onUi(() -> view.outcome(words.get("dock.couldNotSave", file, problem.getMessage()), true));
            }
        });
    }

    /**
     * Applies a learning rate typed by the instructor ("0.001", or "0,001" as French, Arabic and many other
     * classrooms write it). Returns false, and says why, for anything that is not a rate above 0 and at
     * most 1; the view then shows the rate that still applies.
     */
    public boolean applyLearningRate(String typed) {
        GanTrainer t = trainer;
        if (t == null) {
            return true;
        }
        String text = typed.strip().replace(',', '.').replace('\u00a0', ' ').replace(" ", "");
        try {
            double rate = Double.parseDouble(text);
            if (rate == t.latest().learningRate()) {
                return true; // focus left the field without a change
            }
            t.setLearningRate(rate);
            view.status(words.get("dock.rateApplies", formatRate(rate, words.locale())), false);
            return true;
        } catch (IllegalArgumentException notARate) {
            view.outcome(words.get("dock.notARate", typed.strip(), formatRate(t.latest().learningRate(), words.locale())),
                    true);
            return false;
        }
    }

    /**
     * A learning rate as people write it, in the window's language: 0.0002 (not Java's 2.0E-4), 0,0002 in
     * French. {@link #applyLearningRate} reads either separator back.
     */
    public static String formatRate(double rate, java.util.Locale locale) {
        String plain = java.math.BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
        char separator = java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return plain.replace('.', separator);
    }

    /** Applies a batch size typed by the instructor; false, and says why, unless it is 1 to 1024. */
    public boolean applyBatchSize(String typed, int current) {
        String text = typed.strip();
        if (!isBatchSize(text)) {
            view.outcome(words.get("dock.notABatch", text, current), true);
            return false;
        }
        GanTrainer t = trainer;
        if (t != null) {
            t.setBatchSize(Integer.parseInt(text));
        }
        return true;
    }

    /** A learning rate the trainer takes: a number above 0 and at most 1. */
    public static boolean isLearningRate(String text) {
        try {
            double rate = Double.parseDouble(text.strip().replace(',', '.'));
            return rate > 0 && rate <= 1;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** A batch size the trainer takes: a whole number from 1 to 1024. */
    public static boolean isBatchSize(String text) {
        try {
            int batch = Integer.parseInt(text.strip());
            return batch >= 1 && batch <= 1024;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /**
     * The judge looks at the newest grid's fakes on the io thread and reports how many it recognises and
     * as which classes, so mode collapse shows as a lopsided histogram. Called every frame by the view; it
     * judges at most once per {@link #JUDGE_INTERVAL_NANOS}, so a grid skipped during the interval is
     * judged once it is over.
     */
    public void judge(SampleGrid grid, long nowNanos) {
        Judge current = judge;
        if (grid == null || current == null || judging || grid.step() == judgedStep
                || (judgedStep >= 0 && nowNanos - lastJudgedNanos < JUDGE_INTERVAL_NANOS)) {
            return;
        }
        judging = true;
        lastJudgedNanos = nowNanos;
        String spec = datasetSpec;
        int run = generation;
        GanTrainer measured = trainer;
        boolean frechetDue = measured != null
                && (lastFrechetNanos == 0 || nowNanos - lastFrechetNanos >= FidelityMeter.INTERVAL_NANOS);
        if (frechetDue) {
            lastFrechetNanos = nowNanos;
        }
        inBackground(() -> {
            JudgeReport report;
            double frechet = Double.NaN;
            try {
                report = JudgeReport.of(current.classify(grid.cellImages(), grid.count()));
                if (frechetDue) {
                    frechet = frechet(measured, current, spec);
                }
            } catch (RuntimeException | Error failed) {
                // without this the flag stayed set and the judge was silent for the rest of the session
                LOG.warn("The judge failed on step {}", grid.step(), failed);
                onUi(() -> {
                    judging = false;
                    view.judgeLine(words.get("dock.judge.failed", grid.step(), failed.getClass().getSimpleName()));
                });
                return;
            }
            double finalFrechet = frechet;
            onUi(() -> {
                judging = false;
                if (run != generation) {
                    return;
                }
                judgedStep = grid.step();
                GanTrainer t = trainer;
                if (t != null) { // kept with the run's curves: saved in its checkpoint, drawn as a line
                    t.history().addJudged(grid.step(), report.recognisable(), finalFrechet);
                }
                view.verdict(new Verdict(grid.step(), (int) Math.round(100 * report.recognisable()), report.count(),
                        Datasets.classNames(spec), report.histogram()));
            });
        });
    }

    /** On the io thread: the Fréchet distance now, NaN where it cannot be measured (said in the log only). */
    private double frechet(GanTrainer measured, Judge current, String spec) {
        try {
            return fidelity.measure(measured, current, spec).orElse(Double.NaN);
        } catch (org.ganclassroom.data.DatasetException | RuntimeException failed) {
            // the verdict still stands; the distance line just has no point here
            LOG.warn("The Fréchet distance could not be measured", failed);
            return Double.NaN;
        }
    }

    /** sample-data/checkpoints/<dataset>-1-after-1-minute.zip for the shipped datasets, if it is there. */
    public Optional<Path> shippedOneMinuteGenerator() {
        String spec = datasetSpec;
        Path file = setup.datasets().sampleDataFolder().resolve("checkpoints").resolve(spec + "-1-after-1-minute.zip");
        return Datasets.SHIPPED.contains(spec) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** "MNIST digits (60,000 images)": what the class is told it trains on. */
    public String describe(ImageSet data) {
        String name = shippedDatasetName(data.name(), words::get)
                .orElseGet(() -> words.get("dock.dataset.named", data.name()));
        return name + " " + words.get("dock.dataset.count", number(data.count()));
    }

    /**
     * "MNIST digits" for a shipped dataset's id, in the words {@code text} gives a key; empty for anything
     * else (a folder). The dock's status, its list of datasets and the Settings dialog all name them so.
     */
    public static Optional<String> shippedDatasetName(String id, java.util.function.Function<String, String> text) {
        return Datasets.MNIST.equals(id) ? Optional.of(text.apply("dock.dataset.mnist"))
                : Datasets.FASHION.equals(id) ? Optional.of(text.apply("dock.dataset.fashion")) : Optional.empty();
    }

    /** Stops the trainer; called when the window closes (the io executor belongs to the caller). */
    public void close() {
        closed = true;
        GanTrainer t = trainer;
        trainer = null;
        if (t != null) {
            t.close();
        }
    }

    /**
     * Hands {@code task} to the view's thread. After {@link #close} (the window closing while a load or a
     * judgement is still running) there is no view any more: the task is dropped, not an exception thrown
     * into the io thread.
     */
    private void onUi(Runnable task) {
        if (!closed) {
            try {
                ui.execute(task);
            } catch (RejectedExecutionException windowGone) {
                LOG.debug("Dropped a dock update after its window closed");
            }
        }
    }

    private void inBackground(Runnable task) {
        if (!closed) {
            try {
                io.execute(task);
            } catch (RejectedExecutionException windowGone) {
                LOG.debug("Dropped a dock command after its window closed");
            }
        }
    }

    private String number(long n) {
        return String.format(words.locale(), "%,d", n);
    }

    private Run currentRun() {
        GanTrainer t = trainer;
        return t == null ? new Run(datasetSpec, setup.presets().get(0).name(), 0, 0)
                : new Run(datasetSpec, t.latest().presetName(), t.latest().batchSize(), t.latest().learningRate());
    }

    /** A new run: the last run's verdict must not stay on screen, nor one still being computed land. */
    private void forgetVerdict() {
        judgedStep = -1;
        lastFrechetNanos = 0; // the new run's first distance comes with its first verdict
        generation++;
        if (judge != null) {
            view.judgeLine(words.get("dock.judge.next"));
        }
    }

    /** On the io thread: the shipped judge for {@code spec}, or none (a folder of the instructor's images). */
    private void loadJudge(String spec) {
        judge = ShippedJudges.forDataset(setup.datasets().sampleDataFolder(), spec).orElse(null);
        String text = judge == null ? words.get("dock.judge.none") : "";
        onUi(() -> {
            judgedStep = -1;
            view.judgeLine(text);
        });
    }
}
