package org.ganclassroom.ui.training;

import org.ganclassroom.ui.Texts;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.ganclassroom.data.DatasetException;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.AnimatedGif;
import org.ganclassroom.gan.Checkpoint;
import org.ganclassroom.gan.CheckpointException;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.gan.SampleGrid;
import org.ganclassroom.gan.TrainingSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live training panel: the 8x8 sample grid, loss and verdict charts, counters and controls.
 *
 * <p>Threads: the trainer runs on its own thread. This panel never touches the networks on the FX thread:
 * start/pause/step/settings are non-blocking trainer commands; anything that must wait for a step (reset,
 * save, load, changing dataset) runs on the panel's single "training-io" thread and reports back with
 * {@code Platform.runLater}. An {@link AnimationTimer} reads the trainer's latest snapshot once per frame
 * and redraws only what changed, so at most one repaint per frame however fast training publishes.
 */
public final class TrainingPanel extends VBox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingPanel.class);
    /** Curves redraw at most twice a second: the class sees them move, and training keeps its CPU. */
    private static final long CHART_REFRESH_NANOS = 500_000_000L;
    private final String MNIST_LABEL = Texts.get("dock.dataset.mnist");
    private final String FASHION_LABEL = Texts.get("dock.dataset.fashion");
    private final String FOLDER_LABEL = Texts.get("dock.dataset.folder");

    private final TrainingSetup setup;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "training-io");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ImageSet> loadedData = new HashMap<>();

    private final ImageView gridView = new ImageView();
    private final Label gridCaption = label("grid-caption", "");
    private final Label stepCounter = label("counter-step", "–");
    private final Label epochCounter = label("counter-epoch", "–");
    private final Label speedCounter = label("counter-speed", "–");
    private final Label elapsedCounter = label("counter-elapsed", "–");
    private final Label realScoreCounter = label("counter-d-real", "–");
    private final Label fakeScoreCounter = label("counter-d-fake", "–");
    private final Label status = label("training-status", Texts.get("dock.starting"));
    private final Button startPause = button("start-pause", Texts.get("dock.start"), Texts.get("dock.start.tip"));
    private final Button stepBoth = button("step-both", Texts.get("dock.step"), Texts.get("dock.step.tip"));
    private final Button stepD = button("step-d", Texts.get("dock.stepD"), Texts.get("dock.stepD.tip"));
    private final Button stepG = button("step-g", Texts.get("dock.stepG"), Texts.get("dock.stepG.tip"));
    private final Button reset = button("reset", Texts.get("dock.reset"), Texts.get("dock.reset.tip"));
    private final Button save = button("save-checkpoint", Texts.get("dock.save"), Texts.get("dock.save.tip"));
    private final Button load = button("load-checkpoint", Texts.get("dock.load"), Texts.get("dock.load.tip"));
    private final Button exportGrid = button("export-grid", Texts.get("dock.exportPng"), Texts.get("dock.exportPng.tip"));
    private final Button exportGif = button("export-gif", Texts.get("dock.exportGif"), Texts.get("dock.exportGif.tip"));
    private final Button showShipped = button("show-shipped", Texts.get("dock.showShipped"), Texts.get("dock.showShipped.tip"));
    private final SlowMachineAdvice slowMachineAdvice = new SlowMachineAdvice();
    private final Button live = button("timelapse-live", Texts.get("dock.live"), Texts.get("dock.live.tip"));
    private final Slider timelapse = new Slider(0, 0, 0);
    private final ComboBox<String> datasetChoice = new ComboBox<>();
    private final ComboBox<String> presetChoice = new ComboBox<>();
    private final TextField learningRate = new TextField();
    private final Spinner<Integer> batchSize = new Spinner<>(1, 1024, 64, 8);
    private final javafx.beans.property.BooleanProperty presenter = new javafx.beans.property.SimpleBooleanProperty();
    private final TrainingCharts charts = new TrainingCharts(presenter);
    private final Label judgeScore = label("judge-score", "");
    private final javafx.scene.chart.BarChart<String, Number> judgeHistogram = histogram();
    private volatile org.ganclassroom.judge.Judge judge;
    private long judgedStep = -1;
    private long lastJudgedNanos;
    private static final long JUDGE_INTERVAL_NANOS = 1_500_000_000L;
    private boolean judging;
    /** Counts runs (resets, loads): a verdict arriving for an earlier run is dropped. */
    private int judgeGeneration;
    private final AnimationTimer refresher;

    private volatile GanTrainer trainer;
    /** Set on the FX thread, read by io-thread tasks: volatile so they see the newest choice. */
    private volatile String datasetSpec;
    private final SnapshotPacing pacing = new SnapshotPacing();
    /** The grid on screen; compared by identity, since a loaded run can have the same step number. */
    private SampleGrid shownGrid;
    private long chartVersion = -1;
    private long lastChartRefresh;
    private boolean followLive = true;
    private boolean updatingControls;

    public TrainingPanel(TrainingSetup setup) {
        this.setup = setup;
        this.datasetSpec = setup.defaultDataset();
        createView();
        initListeners();
        setControlsEnabled(false);
        refresher = new AnimationTimer() {
            @Override
            public void handle(long now) {
                refresh(now);
            }
        };
        refresher.start();
    }

    /**
     * Loads the default dataset and builds the networks in the background; the window stays responsive.
     * If the instructor's default dataset cannot be used (a folder deleted or full of broken pictures),
     * the dock says why and starts on the shipped digits instead of waiting forever.
     */
    public void startEngine() {
        Preset preset = setup.presets().get(0);
        io.execute(() -> {
            String wanted = datasetSpec;
            String problem = startOn(preset, wanted, null);
            if (problem != null && !Datasets.MNIST.equals(wanted)) {
                datasetSpec = Datasets.MNIST;
                Platform.runLater(this::showDatasetChoice);
                problem = startOn(preset, Datasets.MNIST, "Could not open " + wanted + " (" + problem
                        + "), so training uses the MNIST digits. ");
            }
            if (problem != null) {
                String reason = problem;
                Platform.runLater(() -> say("The training engine could not start: " + reason, true));
            }
        });
    }

    /** On the io thread: builds the trainer on {@code spec}; null when it worked, else why not. */
    private String startOn(Preset preset, String spec, String notice) {
        try {
            org.ganclassroom.gan.ComputeThreads.apply(setup.threads());
            ImageSet data = dataset(spec);
            GanModel model = GanModel.create(preset, setup.seed());
            GanTrainer created = new GanTrainer(model, data, setup.gridEvery());
            Platform.runLater(() -> {
                trainer = created;
                setControlsEnabled(true);
                showSettings(model.batchSize(), model.generatorLearningRate());
                say((notice == null ? "" : notice) + Texts.get("dock.ready", preset.name(), describe(data)),
                        notice != null);
            });
            // The judge last: starting ND4J takes seconds on a 2-core laptop, and the controls greyed out
            // until it had (the class could not press Start for ~12 s). It judges from its first grid on.
            loadJudge(spec);
            return null;
        } catch (DatasetException | RuntimeException | Error failure) {
            // An Error too: an image bomb's OutOfMemoryError once left "Starting the training engine…" forever.
            LOG.error("Training engine could not start on {}", spec, failure);
            return failure instanceof OutOfMemoryError ? "the computer ran out of memory loading it" : failure.getMessage();
        }
    }

    /** Applies a new thread count from the next step (the instructor settings pane). */
    public void setThreads(int threads) {
        io.execute(() -> org.ganclassroom.gan.ComputeThreads.apply(threads));
    }

    /** Presenter mode: a large grid for the projector. */
    public javafx.beans.property.BooleanProperty presenterProperty() {
        return presenter;
    }

    public Optional<GanTrainer> trainer() {
        return Optional.ofNullable(trainer);
    }

    public void togglePlay() {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        if (t.state() == GanTrainer.State.RUNNING) {
            t.pause();
            say(Texts.get("dock.paused"), false);
        } else {
            t.start();
            say(Texts.get("dock.training"), false);
        }
    }

    public void step(GanModel.StepKind kind) {
        GanTrainer t = trainer;
        if (t != null) {
            if (t.state() == GanTrainer.State.RUNNING) {
                say(Texts.get("dock.stepWhileRunning"), false);
                return;
            }
            t.step(kind);
            say(switch (kind) {
                case BOTH -> Texts.get("dock.stepped.both");
                case DISCRIMINATOR_ONLY -> Texts.get("dock.stepped.d");
                case GENERATOR_ONLY -> Texts.get("dock.stepped.g");
            }, false);
        }
    }

    /** Asks first; a confirmed reset starts a fresh run with the chosen preset and dataset. */
    public void requestReset() {
        if (trainer == null || confirm("Reset training?",
                "Start again with fresh networks? The current run's progress is lost unless you save it first.")) {
            resetTo(selectedPreset(), datasetSpec);
        }
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
        say("Loading " + file.getFileName() + "…", false);
        showShipped.setVisible(false);
        String current = datasetSpec;
        io.execute(() -> {
            try {
                GanModel model = Checkpoint.load(file);
                Optional<String> recorded = Checkpoint.datasetOf(file);
                String spec = recorded.filter(TrainingPanel::availableHere).orElse(current);
                String note = recorded.isEmpty()
                        ? " It does not say which images it learned from, so it continues on the current ones."
                        : !availableHere(recorded.get()) ? " It learned from " + recorded.get()
                                + ", which is not on this computer, so it continues on the current images." : "";
                ImageSet data = dataset(spec);
                if (!spec.equals(current)) {
                    loadJudge(spec);
                }
                t.replaceModel(model, data);
                Platform.runLater(() -> {
                    datasetSpec = spec;
                    showDatasetChoice();
                    followLive = true;
                    forgetJudgement();
                    showSettings(model.batchSize(), model.generatorLearningRate());
                    report("Loaded " + file.getFileName() + ": " + model.preset().name() + " preset at step "
                            + TrainingText.step(model.step()) + ", on " + describe(data) + "." + note, !note.isEmpty());
                });
            } catch (CheckpointException | DatasetException problem) {
                Platform.runLater(() -> report("Nothing was changed. " + problem.getMessage(), true));
            }
        });
    }

    /** A shipped dataset, or a folder that exists here. */
    private static boolean availableHere(String spec) {
        return Datasets.SHIPPED.contains(spec) || java.nio.file.Files.isDirectory(Path.of(spec));
    }

    public void saveCheckpoint(Path file) {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        String spec = datasetSpec;
        io.execute(() -> {
            try {
                t.save(file, spec);
                Platform.runLater(() -> report("Saved the training state to " + file + ".", false));
            } catch (CheckpointException problem) {
                Platform.runLater(() -> report(problem.getMessage(), true));
            }
        });
    }

    /** Stops the training thread and the panel's background thread; called when the window closes. */
    @Override
    public void close() {
        refresher.stop();
        GanTrainer t = trainer;
        trainer = null;
        io.shutdownNow();
        if (t != null) {
            t.close();
        }
    }

    /** The status line's text (what the class is told). */
    public String statusText() {
        return status.getText();
    }

    int chartPointCount() {
        return charts.pointCount();
    }

    private void createView() {
        setId("training-panel");
        getStyleClass().add("training-panel");

        gridView.setId("sample-grid");
        gridView.setSmooth(false); // nearest neighbour: crisp pixels at projector size
        gridView.setPreserveRatio(true);
        StackPane gridBox = new StackPane(gridView);
        gridBox.getStyleClass().add("grid-box");
        gridBox.setMinHeight(120);
        gridBox.setMinWidth(0); // else the image's width becomes the dock's minimum (see architecture.md)
        // Beside a lesson the grid stays small enough that both charts fit below it; on a projector
        // (presenter mode) it grows to fill the dock.
        gridView.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(100, Math.min(getWidth() - 30, presenter.get() ? 900 : 250)),
                widthProperty(), presenter));
        gridCaption.getStyleClass().add("grid-caption");

        // Three columns of equal width: readable in a narrow dock, and each value keeps its place.
        javafx.scene.layout.GridPane counters = new javafx.scene.layout.GridPane();
        counters.getStyleClass().add("counters");
        VBox[] cells = {counter(Texts.get("dock.counter.step"), stepCounter), counter(Texts.get("dock.counter.epoch"), epochCounter),
            counter(Texts.get("dock.counter.speed"), speedCounter), counter(Texts.get("dock.counter.time"), elapsedCounter),
            counter("D(x)", realScoreCounter), counter("D(G(z))", fakeScoreCounter)};
        for (int i = 0; i < cells.length; i++) {
            counters.add(cells[i], i % 3, i / 3);
        }
        for (int c = 0; c < 3; c++) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            column.setFillWidth(true);
            counters.getColumnConstraints().add(column);
        }

        FlowPane controls = new FlowPane(startPause, stepBoth, stepD, stepG, reset);
        controls.getStyleClass().add("control-row");

        timelapse.setId("timelapse-slider");
        timelapse.setMajorTickUnit(1);
        timelapse.setBlockIncrement(1);
        timelapse.setSnapToTicks(true);
        HBox.setHgrow(timelapse, Priority.ALWAYS);
        // The slider gets a row of its own and the buttons wrap below it: in a narrow dock (a 1024x768
        // window) one row squeezed all four to "Ti… … Ex…".
        HBox sliderRow = new HBox(label(null, Texts.get("dock.timelapse")), timelapse);
        sliderRow.getStyleClass().add("control-row");
        sliderRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane timelapseButtons = new FlowPane(live, exportGif);
        timelapseButtons.getStyleClass().add("control-row");
        VBox timelapseRow = new VBox(sliderRow, timelapseButtons);
        timelapseRow.getStyleClass().add("control-row");

        datasetChoice.setId("dataset-choice");
        datasetChoice.getItems().addAll(MNIST_LABEL, FASHION_LABEL, FOLDER_LABEL);
        showDatasetChoice();
        presetChoice.setId("preset-choice");
        setup.presets().forEach(p -> presetChoice.getItems().add(p.name()));
        presetChoice.setValue(setup.presets().get(0).name());
        learningRate.setId("learning-rate");
        learningRate.setPrefColumnCount(7);
        learningRate.setTooltip(new Tooltip(Texts.get("dock.learningRate.tip")));
        batchSize.setId("batch-size");
        batchSize.setEditable(true);
        InputChecks.decorate(learningRate, InputChecks::isLearningRate,
                "A number above 0 and at most 1, such as 0.001; Enter applies it");
        InputChecks.decorate(batchSize.getEditor(), InputChecks::isBatchSize,
                "A whole number of images from 1 to 1024; Enter applies it");
        batchSize.setPrefWidth(90);
        FlowPane settings = new FlowPane(labelled(Texts.get("dock.dataset"), datasetChoice),
                labelled(Texts.get("dock.preset"), presetChoice), labelled(Texts.get("dock.learningRate"), learningRate),
                labelled(Texts.get("dock.batch"), batchSize));
        settings.getStyleClass().add("control-row");

        FlowPane files = new FlowPane(save, load, exportGrid);
        files.getStyleClass().add("control-row");
        status.setWrapText(true);
        status.getStyleClass().add("training-status");
        showShipped.setVisible(false);
        showShipped.managedProperty().bind(showShipped.visibleProperty());

        judgeScore.getStyleClass().add("judge-score");
        judgeScore.setWrapText(true);
        getChildren().addAll(gridBox, gridCaption, counters, controls, status, showShipped, charts.lossChart(),
                charts.scoreChart(), judgeScore, judgeHistogram, timelapseRow, settings, files);
    }

    private void initListeners() {
        startPause.setOnAction(e -> togglePlay());
        stepBoth.setOnAction(e -> step(GanModel.StepKind.BOTH));
        stepD.setOnAction(e -> step(GanModel.StepKind.DISCRIMINATOR_ONLY));
        stepG.setOnAction(e -> step(GanModel.StepKind.GENERATOR_ONLY));
        reset.setOnAction(e -> requestReset());
        save.setOnAction(e -> chooseFile("Save training state", true, "checkpoint.zip", "Checkpoint", "*.zip")
                .ifPresent(this::saveCheckpoint));
        load.setOnAction(e -> chooseFile("Load training state", false, null, "Checkpoint", "*.zip")
                .ifPresent(this::loadCheckpoint));
        exportGrid.setOnAction(e -> chooseFile("Export grid", true, "grid.png", "PNG image", "*.png")
                .ifPresent(this::exportShownGrid));
        exportGif.setOnAction(e -> chooseFile("Export time-lapse", true, "watch-it-learn.gif", "GIF animation", "*.gif")
                .ifPresent(this::exportTimelapse));
        live.setOnAction(e -> {
            // at once, even while paused: no new grid may come to trigger the switch back
            followLive = true;
            GanTrainer t = trainer;
            if (t != null) {
                updatingControls = true;
                timelapse.setValue(timelapse.getMax());
                updatingControls = false;
                SampleGrid newest = t.latest().grid();
                if (newest != null) {
                    showGrid(newest, "live");
                }
            }
        });
        showShipped.setOnAction(e -> {
            showShipped.setVisible(false);
            shippedOneMinuteGenerator().ifPresent(this::loadCheckpoint);
        });
        timelapse.valueProperty().addListener((obs, old, value) -> {
            if (!updatingControls) {
                followLive = value.intValue() >= (int) timelapse.getMax();
                showTimelapseGrid(value.intValue());
            }
        });
        learningRate.setOnAction(e -> applyLearningRate());
        learningRate.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                applyLearningRate();
            }
        });
        // The spinner would throw on "xyz" at Enter and keep the text with no word said: check first.
        batchSize.getEditor().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !acceptBatchText()) {
                e.consume();
            }
        });
        batchSize.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                acceptBatchText();
            }
        });
        batchSize.valueProperty().addListener((obs, old, value) -> {
            if (!updatingControls && trainer != null && value != null) {
                trainer.setBatchSize(value);
            }
        });
        presetChoice.setOnAction(e -> {
            if (!updatingControls && trainer != null
                    && !presetChoice.getValue().equals(trainer.latest().presetName())) {
                askToRestart("the " + presetChoice.getValue() + " preset", datasetSpec);
            }
        });
        datasetChoice.setOnAction(e -> {
            if (!updatingControls) {
                chooseDataset();
            }
        });
    }

    private void refresh(long now) {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        TrainingSnapshot snapshot = t.latest();
        if (pacing.shouldShow(snapshot, now)) {
            showSnapshot(snapshot);
            slowMachineAdvice.check(snapshot, () -> shippedOneMinuteGenerator().isPresent()).ifPresent(advice -> {
                say(advice, false);
                showShipped.setVisible(shippedOneMinuteGenerator().isPresent());
            });
        }
        if (snapshot.grid() != null) {
            judge(snapshot.grid()); // every frame: a grid skipped for the interval is judged once it is over
        }
        long version = t.history().version();
        if (version != chartVersion && now - lastChartRefresh > CHART_REFRESH_NANOS) {
            chartVersion = version;
            lastChartRefresh = now;
            charts.show(t.history().points());
        }
    }

    private void showSnapshot(TrainingSnapshot s) {
        stepCounter.setText(TrainingText.step(s.step()));
        epochCounter.setText(TrainingText.epoch(s.epoch()));
        speedCounter.setText(TrainingText.speed(s.stepsPerSecond()));
        elapsedCounter.setText(TrainingText.elapsed(s.elapsedMillis()));
        realScoreCounter.setText(s.lastStep() == null ? "–" : TrainingText.score(s.lastStep().meanRealScore()));
        fakeScoreCounter.setText(s.lastStep() == null ? "–" : TrainingText.score(s.lastStep().meanFakeScore()));
        boolean running = s.state() == GanTrainer.State.RUNNING;
        startPause.setText(running ? Texts.get("dock.pause") : s.step() == 0 ? Texts.get("dock.start") : Texts.get("dock.resume"));
        stepBoth.setDisable(running);
        stepD.setDisable(running);
        stepG.setDisable(running);
        if (s.pauseReason() != null) {
            say(s.pauseReason(), true);
        }
        updatingControls = true;
        try {
            int grids = trainer.timeline().size();
            timelapse.setMax(Math.max(0, grids - 1));
            if (followLive) {
                timelapse.setValue(timelapse.getMax());
            }
        } finally {
            updatingControls = false;
        }
        if (followLive && s.grid() != null && s.grid() != shownGrid) {
            showGrid(s.grid(), "live");
        }
    }

    /**
     * The judge looks at the newest grid's 64 fakes on the io thread and reports how many it recognises and
     * which classes, so mode collapse shows as a lopsided histogram. At most once per
     * {@link #JUDGE_INTERVAL_NANOS}: the judge runs on ND4J, whose conv kernels are slow, and judging every
     * grid (three a second at 30 steps/s) took a whole core from training (ui-bench: 51% of headless speed).
     */
    private void judge(SampleGrid grid) {
        org.ganclassroom.judge.Judge current = judge;
        long now = System.nanoTime();
        if (current == null || judging || grid.step() == judgedStep
                || (judgedStep >= 0 && now - lastJudgedNanos < JUDGE_INTERVAL_NANOS)) {
            return;
        }
        judging = true;
        lastJudgedNanos = now;
        String spec = datasetSpec;
        int generation = judgeGeneration;
        io.execute(() -> {
            org.ganclassroom.judge.JudgeReport report;
            try {
                report = org.ganclassroom.judge.JudgeReport.of(current.classify(grid.cellImages(), grid.count()));
            } catch (RuntimeException | Error failed) {
                // without this the flag stayed set and the judge was silent for the rest of the session
                LOG.warn("The judge failed on step {}", grid.step(), failed);
                Platform.runLater(() -> {
                    judging = false;
                    judgeScore.setText("The judge could not score step " + grid.step() + " (" + failed.getClass().getSimpleName()
                            + "); it tries again with the next grid.");
                });
                return;
            }
            Platform.runLater(() -> {
                judging = false;
                if (generation != judgeGeneration) {
                    return;
                }
                judgedStep = grid.step();
                judgeScore.setText(Texts.get("dock.judge.score", Math.round(100 * report.recognisable()), report.count(), TrainingText.step(grid.step())));
                showHistogram(Datasets.classNames(spec), report.histogram());
            });
        });
    }

    /**
     * The judge's class counts as bars. The same classes as last time only move their bars: rebuilding the
     * series made the chart create, style and lay out ten new bars every judgement.
     */
    private void showHistogram(List<String> names, int[] counts) {
        var shown = judgeHistogram.getData();
        boolean sameClasses = shown.size() == 1 && shown.get(0).getData().size() == 10;
        for (int c = 0; sameClasses && c < 10; c++) {
            sameClasses = shown.get(0).getData().get(c).getXValue().equals(names.get(c));
        }
        if (sameClasses) {
            for (int c = 0; c < 10; c++) {
                shown.get(0).getData().get(c).setYValue(counts[c]);
            }
            return;
        }
        var series = new javafx.scene.chart.XYChart.Series<String, Number>();
        for (int c = 0; c < 10; c++) {
            series.getData().add(new javafx.scene.chart.XYChart.Data<>(names.get(c), counts[c]));
        }
        shown.setAll(List.of(series));
    }

    /** A new run (reset, load, other images): the last run's verdict must not stay on screen. */
    private void forgetJudgement() {
        if (judge != null) {
            judgeScore.setText(Texts.get("dock.judge.next"));
        }
        judgeHistogram.getData().clear();
        judgedStep = -1;
        judgeGeneration++; // a verdict still being computed belongs to the old run
    }

    /** sample-data/checkpoints/<dataset>-1-after-1-minute.zip for the shipped datasets, if it is there. */
    private Optional<Path> shippedOneMinuteGenerator() {
        Path file = setup.datasets().sampleDataFolder().resolve("checkpoints")
                .resolve(datasetSpec + "-1-after-1-minute.zip");
        return (Datasets.MNIST.equals(datasetSpec) || Datasets.FASHION.equals(datasetSpec))
                && java.nio.file.Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The shipped judge for a dataset, if there is one (sample-data/judge/<dataset>-judge.zip). */
    private void loadJudge(String spec) {
        java.nio.file.Path file = setup.datasets().sampleDataFolder().resolve("judge").resolve(spec + "-judge.zip");
        try {
            judge = java.nio.file.Files.isRegularFile(file) ? org.ganclassroom.judge.Judge.load(file) : null;
        } catch (java.io.IOException unreadable) {
            LOG.warn("The judge could not be loaded: {}", unreadable.getMessage());
            judge = null;
        }
        String text = judge == null ? Texts.get("dock.judge.none") : "";
        Platform.runLater(() -> {
            judgeScore.setText(text);
            judgeHistogram.getData().clear();
            judgedStep = -1;
        });
    }

    private static javafx.scene.chart.BarChart<String, Number> histogram() {
        javafx.scene.chart.CategoryAxis digits = new javafx.scene.chart.CategoryAxis();
        digits.setLabel(Texts.get("dock.judge.axis"));
        javafx.scene.chart.NumberAxis counts = new javafx.scene.chart.NumberAxis();
        javafx.scene.chart.BarChart<String, Number> chart = new javafx.scene.chart.BarChart<>(digits, counts);
        chart.setId("judge-histogram");
        chart.setAnimated(false);
        chart.setCategoryGap(3); // the default 10 px gap left 2-px bars in a narrow dock
        chart.setBarGap(0);
        chart.setLegendVisible(false);
        chart.setPrefHeight(170);
        chart.setMinHeight(120);
        chart.getStyleClass().add("training-chart");
        return chart;
    }

    private void showTimelapseGrid(int index) {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        List<SampleGrid> grids = t.timeline().grids();
        if (index >= 0 && index < grids.size()) {
            showGrid(grids.get(index), followLive ? "live" : "time-lapse");
        }
    }

    private void showGrid(SampleGrid grid, String mode) {
        shownGrid = grid;
        gridView.setImage(GridImages.toImage(grid));
        gridView.setUserData(grid);
        gridCaption.setText(Texts.get("dock.grid.caption", TrainingText.step(grid.step()))
                + (mode.equals("live") ? "" : Texts.get("dock.grid.timelapse")));
    }

    private void applyLearningRate() {
        GanTrainer t = trainer;
        if (t == null || updatingControls) {
            return;
        }
        // a decimal comma (0,05) is how French, Arabic and many other classrooms write it
        String text = learningRate.getText().strip().replace(',', '.');
        if (text.equals(Double.toString(t.latest().learningRate()))) {
            return; // focus left the field without a change
        }
        try {
            double rate = Double.parseDouble(text);
            t.setLearningRate(rate);
            say("Learning rate " + rate + " applies from the next step.", false);
        } catch (IllegalArgumentException notARate) {
            report("'" + text + "' is not a learning rate: type a number above 0 and at most 1, such as 0.0002."
                    + " The rate stays " + t.latest().learningRate() + ".", true);
            showSettings(t.latest().batchSize(), t.latest().learningRate());
        }
    }

    /** True if the batch field holds a usable size; otherwise says so and puts the current size back. */
    private boolean acceptBatchText() {
        String text = batchSize.getEditor().getText().strip();
        if (InputChecks.isBatchSize(text)) {
            return true;
        }
        report("'" + text + "' is not a batch size: type a whole number from 1 to 1024. The batch stays "
                + batchSize.getValue() + ".", true);
        batchSize.getEditor().setText(String.valueOf(batchSize.getValue()));
        return false;
    }

    private void chooseDataset() {
        String choice = datasetChoice.getValue();
        String spec;
        if (MNIST_LABEL.equals(choice)) {
            spec = Datasets.MNIST;
        } else if (FASHION_LABEL.equals(choice)) {
            spec = Datasets.FASHION;
        } else {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder of PNG or JPEG images");
            File folder = getScene() == null ? null : chooser.showDialog(getScene().getWindow());
            if (folder == null) {
                showDatasetChoice();
                return;
            }
            spec = folder.getAbsolutePath();
        }
        if (!spec.equals(datasetSpec)) {
            askToRestart(choice.equals(FOLDER_LABEL) ? "the images in " + spec : choice, spec);
        }
    }

    private void askToRestart(String what, String spec) {
        GanTrainer t = trainer;
        boolean fresh = t == null || t.latest().step() == 0;
        if (fresh || confirm("Start a new run?", "Train on " + what + " from scratch? The current run's progress is"
                + " lost unless you save it first.")) {
            resetTo(selectedPreset(), spec);
        } else {
            updatingControls = true;
            presetChoice.setValue(t.latest().presetName());
            updatingControls = false;
            showDatasetChoice();
        }
    }

    private void resetTo(Preset preset, String spec) {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        say("Starting a fresh " + preset.name() + " run…", false);
        showShipped.setVisible(false);
        io.execute(() -> {
            try {
                ImageSet data = dataset(spec);
                GanModel model = GanModel.create(preset, setup.seed());
                t.replaceModel(model, data);
                loadJudge(spec);
                Platform.runLater(() -> {
                    datasetSpec = spec;
                    followLive = true;
                    forgetJudgement();
                    showSettings(model.batchSize(), model.generatorLearningRate());
                    String skipped = data.warnings().isEmpty() ? "" : " Skipped " + data.warnings().size()
                            + " files: " + String.join("; ", data.warnings().subList(0, Math.min(3, data.warnings().size())));
                    say("Fresh " + preset.name() + " networks on " + describe(data) + ". Press Start or Step." + skipped,
                            !data.warnings().isEmpty());
                });
            } catch (DatasetException problem) {
                Platform.runLater(() -> {
                    showDatasetChoice();
                    say("Nothing was changed. " + problem.getMessage(), true);
                });
            }
        });
    }

    /** "MNIST digits (60,000 images)": what the class is told it trains on. */
    private String describe(ImageSet data) {
        String name = Datasets.MNIST.equals(data.name()) ? MNIST_LABEL
                : Datasets.FASHION.equals(data.name()) ? FASHION_LABEL : Texts.get("dock.dataset.named", data.name());
        return name + " " + Texts.get("dock.dataset.count", String.format(Texts.locale(), "%,d", data.count()));
    }

    private ImageSet dataset(String spec) throws DatasetException {
        synchronized (loadedData) {
            ImageSet cached = loadedData.get(spec);
            if (cached == null) {
                cached = setup.datasets().training(spec);
                loadedData.put(spec, cached);
            }
            return cached;
        }
    }

    private Preset selectedPreset() {
        return setup.presets().stream().filter(p -> p.name().equals(presetChoice.getValue())).findFirst()
                .orElse(setup.presets().get(0));
    }

    private void showSettings(int batch, double rate) {
        updatingControls = true;
        try {
            batchSize.getValueFactory().setValue(batch);
            learningRate.setText(Double.toString(rate));
        } finally {
            updatingControls = false;
        }
    }

    private void showDatasetChoice() {
        updatingControls = true;
        datasetChoice.setValue(Datasets.MNIST.equals(datasetSpec) ? MNIST_LABEL
                : Datasets.FASHION.equals(datasetSpec) ? FASHION_LABEL : FOLDER_LABEL);
        updatingControls = false;
    }

    private void exportShownGrid(Path file) {
        Object grid = gridView.getUserData();
        if (!(grid instanceof SampleGrid sampleGrid)) {
            say("There is no grid to export yet.", true);
            return;
        }
        io.execute(() -> {
            try {
                sampleGrid.writePng(file);
                Platform.runLater(() -> report("Saved the grid of step " + sampleGrid.step() + " to " + file + ".", false));
            } catch (java.io.IOException problem) {
                Platform.runLater(() -> report("Could not save " + file + ": " + problem.getMessage(), true));
            }
        });
    }

    private void exportTimelapse(Path file) {
        GanTrainer t = trainer;
        if (t == null) {
            return;
        }
        List<SampleGrid> grids = t.timeline().grids();
        io.execute(() -> {
            try {
                AnimatedGif.write(grids, 150, file);
                Platform.runLater(() -> report("Saved " + grids.size() + " grids as " + file + ".", false));
            } catch (java.io.IOException problem) {
                Platform.runLater(() -> report("Could not save " + file + ": " + problem.getMessage(), true));
            }
        });
    }

    private Optional<Path> chooseFile(String title, boolean saving, String suggestedName, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        if (!saving) {
            // Opening starts among the shipped generators (after 1 minute, 10 minutes, fully trained), so a
            // class without time to train finds them at once.
            File shipped = Datasets.shipped().sampleDataFolder().resolve("checkpoints").toFile();
            if (shipped.isDirectory()) {
                chooser.setInitialDirectory(shipped);
            }
        }
        var window = getScene() == null ? null : getScene().getWindow();
        File file = saving ? chooser.showSaveDialog(window) : chooser.showOpenDialog(window);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private boolean confirm(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private void setControlsEnabled(boolean enabled) {
        for (var control : List.of(startPause, stepBoth, stepD, stepG, reset, save, load, exportGrid, exportGif,
                live, timelapse, datasetChoice, presetChoice, learningRate, batchSize)) {
            control.setDisable(!enabled);
        }
    }

    /**
     * The outcome of something the instructor asked for (a save, an export, a load): in the dock's status
     * line, and as a notification at the window's corner, since the status line may be scrolled out of
     * sight while the dock shows the charts.
     */
    private void report(String text, boolean problem) {
        say(text, problem);
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            Notices.show(getScene().getWindow(), text, problem);
        }
    }

    private void say(String text, boolean problem) {
        status.setText(text);
        status.getStyleClass().remove("problem");
        if (problem) {
            status.getStyleClass().add("problem");
        }
    }

    private static VBox counter(String name, Label value) {
        Label title = new Label(name);
        title.getStyleClass().add("counter-name");
        value.getStyleClass().add("counter-value");
        VBox box = new VBox(title, value);
        box.getStyleClass().add("counter");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static HBox labelled(String name, javafx.scene.Node control) {
        HBox box = new HBox(new Label(name), control);
        box.getStyleClass().add("labelled");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    private static Button button(String id, String text, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
