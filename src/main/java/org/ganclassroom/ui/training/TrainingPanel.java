package org.ganclassroom.ui.training;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
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
import org.ganclassroom.data.Datasets;
import org.ganclassroom.dock.DockSession;
import org.ganclassroom.dock.DockSetup;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.gan.SampleGrid;
import org.ganclassroom.gan.TrainingSnapshot;
import org.ganclassroom.ui.Texts;

/**
 * The live training panel: the sample grid, loss and verdict charts, counters and controls, a view over
 * {@link DockSession} (which run, what the status says, the judge, the commands).
 *
 * <p>Threads: the trainer runs on its own thread. This panel never touches the networks on the FX thread:
 * the session's commands are non-blocking, and anything that must wait for a step (reset, save, load,
 * changing dataset, judging) runs on the panel's single "training-io" thread and comes back through
 * {@code Platform.runLater}. An {@link AnimationTimer} reads the trainer's latest snapshot once per frame
 * and redraws only what changed, so at most one repaint per frame however fast training publishes. What
 * stays here is what needs a screen: file choosers, confirmations, the time-lapse slider, the pictures.
 */
public final class TrainingPanel extends VBox implements AutoCloseable, DockSession.View {

    /** Curves redraw at most twice a second: the class sees them move, and training keeps its CPU. */
    private static final long CHART_REFRESH_NANOS = 500_000_000L;
    private final String MNIST_LABEL = DockSession.shippedDatasetName(Datasets.MNIST, Texts::get).orElseThrow();
    private final String FASHION_LABEL = DockSession.shippedDatasetName(Datasets.FASHION, Texts::get).orElseThrow();
    private final String FOLDER_LABEL = Texts.get("dock.dataset.folder");

    private final DockSetup setup;
    private final DockSession session;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "training-io");
        thread.setDaemon(true);
        return thread;
    });

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
    private final Button stepBoth = button("step-both", Texts.get("dock.step"), Texts.get("dock.step.tip", Texts.shortcut("key.dock.step")));
    private final Button stepD = button("step-d", Texts.get("dock.stepD"), Texts.get("dock.stepD.tip"));
    private final Button stepG = button("step-g", Texts.get("dock.stepG"), Texts.get("dock.stepG.tip"));
    private final Button reset = button("reset", Texts.get("dock.reset"), Texts.get("dock.reset.tip"));
    private final Button save = button("save-checkpoint", Texts.get("dock.save"), Texts.get("dock.save.tip"));
    private final Button load = button("load-checkpoint", Texts.get("dock.load"), Texts.get("dock.load.tip"));
    private final Button exportGrid = button("export-grid", Texts.get("dock.exportPng"), Texts.get("dock.exportPng.tip"));
    private final Button exportGif = button("export-gif", Texts.get("dock.exportGif"), Texts.get("dock.exportGif.tip"));
    private final Button showShipped = button("show-shipped", Texts.get("dock.showShipped"), Texts.get("dock.showShipped.tip"));
    private final SlowMachineAdvice slowMachineAdvice = new SlowMachineAdvice();
    /** The slow-machine advice last given, whole (presenter mode shows its brief form). */
    private String fullAdvice;
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
    private final AnimationTimer refresher;
    /** The part of the dock's width the grid's column takes in presenter mode. */
    private static final double PRESENTER_GRID_SHARE = 0.5;
    /** The dock's width (px) from which presenter mode sets the grid beside the curves. */
    private static final double SIDE_BY_SIDE_MIN_WIDTH = 860;
    /** base.css's .grid-box padding: the black frame around the grid's picture. */
    private static final double GRID_BOX_PADDING = 4;
    private boolean arrangedSideBySide;
    private StackPane gridBox;
    private javafx.scene.layout.GridPane counters;
    private FlowPane controls;
    private VBox timelapseRow;
    private FlowPane settingsRow;
    private FlowPane filesRow;

    private final SnapshotPacing pacing = new SnapshotPacing();
    /** The grid on screen; compared by identity, since a loaded run can have the same step number. */
    private SampleGrid shownGrid;
    private long chartVersion = -1;
    private long lastChartRefresh;
    private boolean followLive = true;
    private boolean updatingControls;

    /** The session's words: the window's, in its language. */
    private static final DockSession.Words WORDS = WindowWords.INSTANCE;

    public TrainingPanel(DockSetup setup) {
        this.setup = setup;
        this.session = new DockSession(setup, io, Platform::runLater, this, WORDS);
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

    /** Loads the default dataset and builds the networks in the background; the window stays responsive. */
    public void startEngine() {
        session.startEngine();
    }

    /** Applies a new thread count from the next step (the instructor settings pane). */
    public void setThreads(int threads) {
        session.setThreads(threads);
    }

    /** The grid and step counter filling the window (see {@link BigGridView}); {@code close} ends it. */
    public BigGridView bigGrid(Runnable close) {
        return new BigGridView(gridView.imageProperty(), stepCounter.textProperty(), elapsedCounter.textProperty(),
                close);
    }

    /** What a click on the dock's grid does: the window opens the big-grid view. */
    public void setOnGridClicked(Runnable action) {
        gridView.setOnMouseClicked(e -> action.run());
        gridView.setCursor(javafx.scene.Cursor.HAND);
        Tooltip.install(gridView, new Tooltip(Texts.get("bigGrid.tip", Texts.shortcut("key.dock.bigGrid"))));
    }

    /** Presenter mode: a large grid for the projector. */
    public javafx.beans.property.BooleanProperty presenterProperty() {
        return presenter;
    }

    public Optional<GanTrainer> trainer() {
        return session.trainer();
    }

    public void togglePlay() {
        session.togglePlay();
    }

    public void step(GanModel.StepKind kind) {
        session.step(kind);
    }

    /** Asks first; a confirmed reset starts a fresh run with the chosen preset and dataset. */
    public void requestReset() {
        if (session.freshRun() || confirm(Texts.get("dock.confirmReset.title"), Texts.get("dock.confirmReset.text"))) {
            session.startFreshRun(selectedRun(), session.datasetSpec());
        }
    }

    /** Loads a checkpoint, switching to the images (and judge) it learned from; see {@link DockSession#loadCheckpoint}. */
    public void loadCheckpoint(Path file) {
        session.loadCheckpoint(file);
    }

    /** Load as the buttons do it: like Reset, it asks before a run with steps is replaced. */
    public void requestLoad(Path file) {
        if (session.freshRun() || confirm(Texts.get("dock.confirmLoad.title"), Texts.get("dock.confirmLoad.text",
                file.getFileName()))) {
            loadCheckpoint(file);
        }
    }

    public void saveCheckpoint(Path file) {
        session.saveCheckpoint(file);
    }

    /** Stops the training thread and the panel's background thread; called when the window closes. */
    @Override
    public void close() {
        refresher.stop();
        session.close(); // first: io tasks still running then drop their updates instead of failing
        io.shutdownNow();
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
        // as wide as the picture: stretched to the column, it framed the grid in black bands 40-80 px wide
        gridBox.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Beside a lesson the grid stays small enough that both charts fit below it; on a projector
        // (presenter mode) it grows to fill the dock.
        // In presenter mode the grid has a column of its own beside the charts (see arrange) and is as large
        // as that column and the screen's height allow, so the class sees the forgeries and the curves at once.
        // The panel scrolls in the dock, so its own height is its content's: the screen's is the window's.
        javafx.beans.property.DoubleProperty windowHeight = new javafx.beans.property.SimpleDoubleProperty(800);
        sceneProperty().addListener((obs, old, scene) -> {
            windowHeight.unbind();
            if (scene != null) {
                windowHeight.bind(scene.heightProperty());
            }
        });
        gridView.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> !presenter.get() ? Math.max(100, Math.min(getWidth() - 30, 250))
                        : sideBySide()
                        ? Math.max(100, Math.min(getWidth() * PRESENTER_GRID_SHARE - 30, windowHeight.get() * 0.55))
                        // one column on a small projector: the dock's width, the height bound below, the loss
                        // curves under it (at 1024x768 the side-by-side grid was ~200 px, 18 px a digit)
                        : Math.max(100, getWidth() - 2 * GRID_BOX_PADDING),
                widthProperty(), windowHeight, presenter));
        // On a small projector: 53% of the screen, ~405 px at 768 lines, if the dock is wide enough (MainWindow).
        gridView.fitHeightProperty().bind(Bindings.createDoubleBinding(
                () -> presenter.get() && !sideBySide() ? windowHeight.get() * 0.53 : 0,
                widthProperty(), windowHeight, presenter));
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

        datasetChoice.setId("dataset-choice"); // its width is in base.css
        datasetChoice.getItems().addAll(MNIST_LABEL, FASHION_LABEL, FOLDER_LABEL);
        showDatasetChoice();
        presetChoice.setId("preset-choice");
        // at most 13 em: "Preset" and the drop-down must fit a 1024 window's dock (~260 px) side by side
        org.ganclassroom.ui.ComboWidths.fitLongestItem(presetChoice, 13);
        presetChoice.getItems().setAll(session.runChoices()); // the presets, and the plain DCGAN on DL4J
        // the items stay ids (classroom, ...); the list and the button show each in the window's language
        presetChoice.setConverter(new PresetNames(presetChoice.getItems()));
        presetChoice.setValue(setup.presets().get(0).name());
        learningRate.setId("learning-rate");
        learningRate.setPrefColumnCount(7);
        learningRate.setTooltip(new Tooltip(Texts.get("dock.learningRate.tip")));
        batchSize.setId("batch-size");
        batchSize.setEditable(true);
        InputChecks.decorate(learningRate, DockSession::isLearningRate, Texts.get("dock.learningRate.hint"));
        InputChecks.decorate(batchSize.getEditor(), DockSession::isBatchSize, Texts.get("dock.batch.hint"));
        batchSize.getStyleClass().add("batch-size"); // its width is in em (base.css): 90 px cut "32" at projector type
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
        this.gridBox = gridBox;
        this.counters = counters;
        this.controls = controls;
        this.timelapseRow = timelapseRow;
        this.settingsRow = settings;
        this.filesRow = files;
        arrange(presenter.get());
        presenter.addListener((obs, was, on) -> {
            arrange(on);
            if (fullAdvice != null && status.getText().equals(on ? fullAdvice : slowMachineAdvice.brief())) {
                say(on ? slowMachineAdvice.brief() : fullAdvice, false); // the advice still on screen, resized
            }
        });
        widthProperty().addListener((obs, was, now) -> {
            if (presenter.get() && sideBySide() != arrangedSideBySide) {
                arrange(true);
            }
        });
    }

    /** Grid and curves side by side only where the grid's half still makes a large grid (1920x1080). */
    private boolean sideBySide() {
        return getWidth() >= SIDE_BY_SIDE_MIN_WIDTH;
    }

    /**
     * Beside a lesson, one column: grid, counters, controls, charts, settings. On a projector (presenter
     * mode) the grid takes the left column and the curves and the judge the right, above the counters
     * and the controls: in one column at projector type, the charts fell below the screen's edge.
     */
    private void arrange(boolean onProjector) {
        arrangedSideBySide = onProjector && sideBySide();
        getStyleClass().remove("presenter-one-column");
        if (onProjector && !arrangedSideBySide) {
            getStyleClass().add("presenter-one-column"); // presenter.css: a loss chart that fits under the grid
            // A small projector (1024x768, 1280x800): one column, the grid on top and the loss curves under it,
            // then the counters and controls; the rest is below the fold.
            getChildren().setAll(gridBox, gridCaption, charts.lossChart(), counters, controls, status, showShipped,
                    charts.scoreChart(), judgeScore, charts.judgeChart(), judgeHistogram, charts.frechetChart(), timelapseRow, settingsRow, filesRow);
        } else if (onProjector) {
            // Start, Step… under the grid: in one column below everything they fell off a 1080-line screen,
            // and the grid column had empty room under the picture
            // The judge's verdict under the grid it judges: beside the curves it squeezed both charts to
            // ~110 px at 1920x1080 while the grid column stood empty under the status line.
            VBox gridColumn = new VBox(gridBox, gridCaption, controls, status, judgeScore, judgeHistogram);
            gridColumn.getStyleClass().add("presenter-column");
            VBox chartColumn = new VBox(charts.lossChart(), charts.scoreChart(), charts.judgeChart(), charts.frechetChart());
            for (javafx.scene.Node chart : chartColumn.getChildren()) {
                VBox.setVgrow(chart, Priority.ALWAYS); // the curves take the column's height, beside the grid's
                ((javafx.scene.layout.Region) chart).setMaxHeight(Double.MAX_VALUE);
            }
            chartColumn.getStyleClass().add("presenter-column");
            // Fixed shares: left to the HBox, the charts' preferred width squeezed the grid's column and
            // the picture spilled over the loss chart.
            gridColumn.prefWidthProperty().bind(widthProperty().multiply(PRESENTER_GRID_SHARE));
            gridColumn.minWidthProperty().bind(gridColumn.prefWidthProperty());
            gridColumn.maxWidthProperty().bind(gridColumn.prefWidthProperty());
            chartColumn.setMinWidth(0);
            chartColumn.setPrefWidth(0);
            HBox.setHgrow(chartColumn, Priority.ALWAYS);
            HBox stage = new HBox(gridColumn, chartColumn);
            stage.setId("presenter-stage");
            stage.getStyleClass().add("presenter-stage");
            // the counters get the whole width: in half of it, projector type cut "Epoch" to "Ep…"
            getChildren().setAll(stage, counters, showShipped, timelapseRow, settingsRow, filesRow);
        } else {
            getChildren().setAll(gridBox, gridCaption, counters, controls, status, showShipped, charts.lossChart(),
                    charts.scoreChart(), judgeScore, charts.judgeChart(), judgeHistogram, charts.frechetChart(), timelapseRow, settingsRow, filesRow);
        }
    }

    private void initListeners() {
        startPause.setOnAction(e -> togglePlay());
        stepBoth.setOnAction(e -> step(GanModel.StepKind.BOTH));
        stepD.setOnAction(e -> step(GanModel.StepKind.DISCRIMINATOR_ONLY));
        stepG.setOnAction(e -> step(GanModel.StepKind.GENERATOR_ONLY));
        reset.setOnAction(e -> requestReset());
        save.setOnAction(e -> chooseFile(Texts.get("dock.chooser.save"), true, "checkpoint.zip",
                Texts.get("dock.chooser.checkpoint"), "*.zip").ifPresent(this::saveCheckpoint));
        load.setOnAction(e -> chooseFile(Texts.get("dock.chooser.load"), false, null,
                Texts.get("dock.chooser.checkpoint"), "*.zip").ifPresent(this::requestLoad));
        exportGrid.setOnAction(e -> chooseFile(Texts.get("dock.chooser.png"), true, "grid.png",
                Texts.get("dock.chooser.pngKind"), "*.png").ifPresent(file -> session.exportGrid(shownGrid, file)));
        exportGif.setOnAction(e -> chooseFile(Texts.get("dock.chooser.gif"), true, "watch-it-learn.gif",
                Texts.get("dock.chooser.gifKind"), "*.gif").ifPresent(session::exportTimelapse));
        live.setOnAction(e -> {
            // at once, even while paused: no new grid may come to trigger the switch back
            followLive = true;
            session.trainer().ifPresent(t -> {
                updatingControls = true;
                timelapse.setValue(timelapse.getMax());
                updatingControls = false;
                SampleGrid newest = t.latest().grid();
                if (newest != null) {
                    showGrid(newest, "live");
                }
            });
        });
        showShipped.setOnAction(e -> {
            showShipped.setVisible(false);
            session.shippedOneMinuteGenerator().ifPresent(this::requestLoad);
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
            if (!updatingControls && value != null) {
                session.applyBatchSize(String.valueOf(value), value);
            }
        });
        presetChoice.setOnAction(e -> {
            if (!updatingControls && session.trainer().isPresent()
                    && !presetChoice.getValue().equals(session.trainer().get().latest().presetName())) {
                askToRestart(Texts.get("dock.thePreset", DockSession.displayName(WORDS, presetChoice.getValue())),
                        session.datasetSpec());
            }
        });
        datasetChoice.setOnAction(e -> {
            if (!updatingControls) {
                chooseDataset();
            }
        });
    }

    private void refresh(long now) {
        GanTrainer t = session.trainer().orElse(null);
        if (t == null) {
            return;
        }
        TrainingSnapshot snapshot = t.latest();
        if (pacing.shouldShow(snapshot, now)) {
            showSnapshot(t, snapshot);
            slowMachineAdvice.check(snapshot, () -> session.shippedOneMinuteGenerator().isPresent()).ifPresent(advice -> {
                fullAdvice = advice;
                say(presenter.get() ? slowMachineAdvice.brief() : advice, false);
                status.setTooltip(new Tooltip(advice));
                showShipped.setVisible(session.shippedOneMinuteGenerator().isPresent());
            });
        }
        session.judge(snapshot.grid(), now);
        long version = t.history().version();
        if (version != chartVersion && now - lastChartRefresh > CHART_REFRESH_NANOS) {
            chartVersion = version;
            lastChartRefresh = now;
            charts.show(t.history().points(), t.history().judged());
        }
    }

    private void showSnapshot(GanTrainer trainer, TrainingSnapshot s) {
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

    // --- DockSession.View: called on the FX thread ---

    @Override
    public void status(String text, boolean problem) {
        say(text, problem);
    }

    /**
     * The outcome of something the instructor asked for (a save, an export, a load): in the dock's status
     * line, and as a notification at the window's corner, since the status line may be scrolled out of
     * sight while the dock shows the charts.
     */
    @Override
    public void outcome(String text, boolean problem) {
        say(text, problem);
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            Notices.show(getScene().getWindow(), text, problem);
        }
    }

    @Override
    public void ready() {
        setControlsEnabled(true);
    }

    @Override
    public void newRun(DockSession.Run run) {
        followLive = true;
        judgeHistogram.getData().clear();
        showDatasetChoice();
        updatingControls = true;
        try {
            presetChoice.setValue(run.presetName());
            if (run.batchSize() > 0) {
                batchSize.getValueFactory().setValue(run.batchSize());
                learningRate.setText(DockSession.formatRate(run.learningRate(), Texts.locale()));
            }
        } finally {
            updatingControls = false;
        }
    }

    @Override
    public void judgeLine(String text) {
        judgeScore.setText(text);
        judgeHistogram.getData().clear();
    }

    @Override
    public void verdict(DockSession.Verdict verdict) {
        judgeScore.setText(Texts.get("dock.judge.score", verdict.percent(), verdict.count(),
                TrainingText.step(verdict.step())));
        showHistogram(verdict.classNames(), verdict.histogram());
    }

    @Override
    public void offerShipped(boolean offer) {
        showShipped.setVisible(offer && session.shippedOneMinuteGenerator().isPresent());
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
        GanTrainer t = session.trainer().orElse(null);
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
        if (!updatingControls && !session.applyLearningRate(learningRate.getText())) {
            session.trainer().ifPresent(t -> showSettings(t.latest().batchSize(), t.latest().learningRate()));
        }
    }

    /** True if the batch field holds a usable size; otherwise says so and puts the current size back. */
    private boolean acceptBatchText() {
        String text = batchSize.getEditor().getText().strip();
        if (DockSession.isBatchSize(text)) {
            return true;
        }
        session.applyBatchSize(text, batchSize.getValue());
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
            chooser.setTitle(Texts.get("dock.chooser.folder"));
            File folder = getScene() == null ? null : chooser.showDialog(getScene().getWindow());
            if (folder == null) {
                showDatasetChoice();
                return;
            }
            spec = folder.getAbsolutePath();
        }
        if (!spec.equals(session.datasetSpec())) {
            askToRestart(choice.equals(FOLDER_LABEL) ? Texts.get("dock.theImagesIn", spec) : choice, spec);
        }
    }

    private void askToRestart(String what, String spec) {
        if (session.freshRun() || confirm(Texts.get("dock.confirmNewRun.title"), Texts.get("dock.confirmNewRun.text", what))) {
            session.startFreshRun(selectedRun(), spec);
        } else {
            updatingControls = true;
            session.trainer().ifPresent(t -> presetChoice.setValue(t.latest().presetName()));
            updatingControls = false;
            showDatasetChoice();
        }
    }

    private String selectedRun() {
        return presetChoice.getValue() == null ? setup.presets().get(0).name() : presetChoice.getValue();
    }

    private void showSettings(int batch, double rate) {
        updatingControls = true;
        try {
            batchSize.getValueFactory().setValue(batch);
            learningRate.setText(DockSession.formatRate(rate, Texts.locale()));
        } finally {
            updatingControls = false;
        }
    }

    private void showDatasetChoice() {
        String spec = session.datasetSpec();
        updatingControls = true;
        datasetChoice.setValue(DockSession.shippedDatasetName(spec, Texts::get).orElse(FOLDER_LABEL));
        updatingControls = false;
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
            File shipped = setup.datasets().sampleDataFolder().resolve("checkpoints").toFile();
            if (shipped.isDirectory()) {
                chooser.setInitialDirectory(shipped);
            }
        }
        var window = getScene() == null ? null : getScene().getWindow();
        File file = saving ? chooser.showSaveDialog(window) : chooser.showOpenDialog(window);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private boolean confirm(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, org.ganclassroom.ui.DialogButtons.ok(),
                org.ganclassroom.ui.DialogButtons.cancel());
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        return org.ganclassroom.ui.DialogButtons.confirmed(alert.showAndWait());
    }

    private void setControlsEnabled(boolean enabled) {
        for (var control : List.of(startPause, stepBoth, stepD, stepG, reset, save, load, exportGrid, exportGif,
                live, timelapse, datasetChoice, presetChoice, learningRate, batchSize)) {
            control.setDisable(!enabled);
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

    /**
     * A setting's name over its control. Side by side they made the row's narrowest width (a FlowPane is as
     * narrow as its widest child's preferred width) wider than a 1024 window's dock, which then cut its right
     * edge, captions and status off.
     */
    private static VBox labelled(String name, javafx.scene.Node control) {
        VBox box = new VBox(new Label(name), control);
        box.getStyleClass().add("labelled");
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
