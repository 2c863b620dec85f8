package org.ganclassroom.ui.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ganclassroom.gan.Checkpoint;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.LatentSpace;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonAssets;
import org.ganclassroom.ui.markdown.MarkdownView;

/**
 * The latent-space lab: a pool of fakes drawn from random points; a walk between two of them (straight or
 * spherical) with a slider that scrubs the path large on screen; the start's noise under every code value;
 * and arithmetic, mean(A) − mean(B) + mean(C), on groups of fakes picked by clicking. Drawn by a shipped
 * generator for the lesson's dataset or by the training dock's live one. Every drawing runs on the
 * window's lesson thread ({@link LessonContext#background()}), never on the FX thread; a drawing that
 * arrives after the source or the pool changed is dropped.
 *
 * <p>Keys: N new fakes, W walk, A arithmetic, D "draw me a …", S straight/spherical, J and K move the
 * highlight over the pool and Enter picks the highlighted fake, 1/2/3 choose the group, C clears the
 * groups, comma and period move along the walk; in "draw me", 0-9 ask for a class.
 */
final class LatentLabPane extends LessonPage implements KeyboardLesson {

    static final int POOL = 12;
    static final int WALK_STEPS = 9;
    private static final double THUMB = 64;
    private static final double LARGE = 196;
    /** The lab's width beside its reading, in em of the page's type. */
    private static final double ACTIVITY_EM = 36;

    private final Lesson.LatentLab lesson;
    private final LessonContext context;
    private final ComboBox<String> sourceChoice = new ComboBox<>();
    private final Label sourceStatus = new Label();
    private final FlowPane poolView = new FlowPane(6, 6);
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleButton walkMode = new ToggleButton(Texts.get("latent.walkMode", Texts.shortcut("key.latent.walk")));
    private final ToggleButton sumMode = new ToggleButton(Texts.get("latent.sumMode", Texts.shortcut("key.latent.arithmetic")));
    private final ToggleButton drawMode = new ToggleButton(Texts.get("latent.drawMode", Texts.shortcut("key.latent.draw")));
    private final VBox drawSection = new VBox(8);
    private final Label meaningText = new Label();
    private final javafx.scene.layout.GridPane drawGrid = new javafx.scene.layout.GridPane();
    private final Label drawVerdict = new Label();
    private final FlowPane classButtons = new FlowPane(4, 4);
    /** The judge for the lesson's dataset, loaded on the lesson thread when Draw me is first used. */
    private org.ganclassroom.judge.Judge judge;
    private org.ganclassroom.judge.CodeMeaning meaning;
    private final VBox walkSection = new VBox(8);
    private final VBox sumSection = new VBox(8);
    private final Label walkHint = new Label();
    private final CheckBox spherical = new CheckBox(Texts.get("latent.spherical", Texts.shortcut("key.latent.spherical")));
    private final HBox walkRow = new HBox(4);
    private final Slider walkSlider = new Slider(0, 1, 0.5);
    private final ImageView walkLarge = new ImageView();
    private final Label codeHint = new Label();
    private final javafx.scene.layout.FlowPane codeRow = new javafx.scene.layout.FlowPane(4, 4); // wraps: ten labelled cells
    private final ToggleGroup groupChoice = new ToggleGroup();
    private final List<HBox> groupStrips = List.of(new HBox(3), new HBox(3), new HBox(3));
    private final ImageView sumResult = new ImageView();
    private final Label sumHint = new Label();

    /** A class asked for before the judge had read what each code value draws; -1 when none. */
    private int pendingClass = -1;
    private boolean findingMeaning;
    /** Whether the generator drawing was trained on labels (a conditional GAN): code value k is class k. */
    private boolean labelled;
    /** What draws: a loaded shipped generator, or null for the live one. */
    private GanModel shipped;
    private LatentSpace space;
    private List<float[]> pool = List.of();
    private float[] poolPictures = new float[0];
    private int highlighted;
    private int pickA = -1;
    private int pickB = -1;
    private final List<List<Integer>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    private long poolSeed;
    /** Bumped when the source or the pool changes: drawings for an older state are dropped. */
    private int generation;

    LatentLabPane(Lesson.LatentLab lesson, LessonContext context, LessonAssets assets) {
        super("latent-lab-pane", Texts.get("kind.latentLab"), lesson.title());
        this.lesson = lesson;
        this.context = context;
        this.poolSeed = lesson.seed();
        buildSource();
        buildModes();
        buildWalk();
        buildArithmetic();
        buildDrawMe();
        FlowPane modeButtons = new FlowPane(8, 6, walkMode, sumMode, drawMode);
        for (ToggleButton mode : List.of(walkMode, sumMode, drawMode)) {
            mode.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        // The lab first and its reading beside it, or below it on a narrow page: below the reading, the pool
        // and the walk started under the edge at 1280x800 and a class saw the lab only after a long scroll.
        VBox activity = new VBox(8, sourceRow(), sourceStatus, poolView, modeButtons, walkSection, sumSection,
                drawSection);
        activity.getStyleClass().add("latent-lab-activity");
        activity.widthProperty().addListener((obs, old, width) -> evenPoolRows(width.doubleValue()));
        // Wide enough for six or seven fakes a row at any type size; left to itself, a hint's one-line width
        // (~70 em) asked for more than a 1920-wide presenter page has beside a column of reading.
        activity.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> ACTIVITY_EM * sourceStatus.getFont().getSize(), sourceStatus.fontProperty()));
        add(new SideBySide(new MarkdownView(lesson.intro(), assets), activity, () -> sourceStatus.getFont().getSize()));
        switch (lesson.mode()) {
            case "arithmetic" -> sumMode.setSelected(true);
            case "draw" -> drawMode.setSelected(true);
            default -> walkMode.setSelected(true);
        }
        showMode();
        int source = "conditional".equals(lesson.generator()) ? CONDITIONAL_SOURCE : 0;
        selectingSource = true;
        sourceChoice.getSelectionModel().select(source);
        selectingSource = false;
        chooseSource(source);
    }

    /**
     * Rows of equal length for the pool: as many fakes a row as fit and divide the pool (12, 6, 4, 3...), so a
     * projector never shows a row of eleven and one fake alone under it. The width comes from the lab's
     * column, not the pool's own, so that capping the pool does not feed back into the choice.
     */
    private void evenPoolRows(double available) {
        if (poolView.getChildren().isEmpty() || available <= 0) {
            return;
        }
        poolView.applyCss(); // a new cell's padding and border count in its width
        double gap = poolView.getHgap();
        double cell = poolView.getChildren().get(0).prefWidth(-1) + gap;
        int fit = (int) Math.floor((available + gap) / cell);
        int columns = POOL;
        while (columns > 1 && (columns > fit || POOL % columns != 0)) {
            columns--;
        }
        poolView.setMaxWidth(columns * cell - gap + poolView.snappedLeftInset() + poolView.snappedRightInset() + 1);
    }

    /** True while the pane itself selects the opening source (its choice is made once, not by the event). */
    private boolean selectingSource;

    /** The place of "the conditional generator" in the source list (after the three shipped and the live one). */
    private static final int CONDITIONAL_SOURCE = 4;

    private javafx.scene.layout.FlowPane sourceRow() {
        Button fresh = new Button(Texts.get("latent.newFakes", Texts.shortcut("key.latent.newFakes")));
        fresh.setId("lab-new-fakes");
        fresh.setOnAction(e -> newPool());
        Label drawnBy = new Label(Texts.get("latent.drawnBy"));
        drawnBy.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        fresh.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        // wraps in a narrow column: the drop-down is as wide as its longest generator's name (ComboWidths)
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 8, drawnBy, sourceChoice, fresh);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void buildSource() {
        sourceChoice.setId("lab-source");
        org.ganclassroom.ui.ComboWidths.fitLongestItem(sourceChoice);
        String kind = "fashion".equals(lesson.dataset()) ? Texts.get("latent.kind.clothes")
                : Texts.get("latent.kind.digits");
        sourceChoice.getItems().setAll(Texts.get("latent.source.trained", kind),
                Texts.get("latent.source.tenMinutes", kind), Texts.get("latent.source.oneMinute", kind),
                Texts.get("latent.source.live"), Texts.get("latent.source.conditional", kind));
        sourceChoice.getSelectionModel().select(0);
        sourceChoice.setOnAction(e -> {
            if (!selectingSource) {
                chooseSource(sourceChoice.getSelectionModel().getSelectedIndex());
            }
        });
        sourceStatus.setId("lab-status");
        sourceStatus.getStyleClass().add("lesson-note");
        sourceStatus.setWrapText(true);
        poolView.setId("lab-pool");
    }

    private void buildModes() {
        walkMode.setId("lab-walk-mode");
        sumMode.setId("lab-sum-mode");
        walkMode.setToggleGroup(modes);
        sumMode.setToggleGroup(modes);
        drawMode.setId("lab-draw-mode");
        drawMode.setToggleGroup(modes);
        walkMode.setSelected(true);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one mode is always chosen
            }
            showMode();
        });
    }

    private void buildWalk() {
        walkHint.setId("lab-walk-hint");
        walkHint.setWrapText(true);
        spherical.setId("lab-spherical");
        spherical.selectedProperty().addListener((obs, was, now) -> drawWalk());
        walkRow.setId("lab-walk-row");
        walkRow.setMinWidth(0);
        spherical.setWrapText(true);
        walkSlider.setId("lab-walk-slider");
        walkSlider.valueProperty().addListener((obs, old, now) -> drawScrub());
        walkLarge.setId("lab-walk-large");
        walkLarge.setFitWidth(LARGE);
        walkLarge.setFitHeight(LARGE);
        walkLarge.setSmooth(false);
        codeHint.setWrapText(true);
        codeRow.setId("lab-code-row");
        walkSection.getChildren().addAll(walkHint, spherical, walkRow, new HBox(12, walkLarge, new VBox(6,
                new Label(Texts.get("latent.slide")), walkSlider)), codeHint, codeRow);
    }

    private void buildArithmetic() {
        // A FlowPane of buttons at their full width: squeezed in one row at 1024 they read "Grou… Grou… Grou…",
        // and which group is which was the point.
        javafx.scene.layout.FlowPane groupButtons = new javafx.scene.layout.FlowPane(6, 6);
        for (int g = 0; g < 3; g++) {
            ToggleButton button = new ToggleButton(Texts.get("latent.group", "ABC".charAt(g), g + 1));
            button.setId("lab-group-" + "abc".charAt(g));
            button.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            button.setToggleGroup(groupChoice);
            groupButtons.getChildren().add(button);
            groupStrips.get(g).setId("lab-strip-" + "abc".charAt(g));
            groupStrips.get(g).setMinHeight(THUMB / 2 + 6);
        }
        ((ToggleButton) groupButtons.getChildren().get(0)).setSelected(true);
        groupChoice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        Button clear = new Button(Texts.get("latent.clearGroups", Texts.shortcut("key.latent.clearGroups")));
        clear.setId("lab-clear-groups");
        clear.setOnAction(e -> clearGroups());
        clear.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        groupButtons.getChildren().add(clear);
        sumResult.setId("lab-sum-result");
        sumResult.setFitWidth(LARGE);
        sumResult.setFitHeight(LARGE);
        sumResult.setSmooth(false);
        sumHint.setId("lab-sum-hint");
        sumHint.setWrapText(true);
        VBox strips = new VBox(4);
        for (int g = 0; g < 3; g++) {
            String term = g == 0 ? "A" : g == 1 ? "− B" : "+ C";
            strips.getChildren().add(new HBox(6, new Label(Texts.get("latent.strip", term)), groupStrips.get(g)));
        }
        Label how = new Label(Texts.get("latent.sumHow"));
        how.setWrapText(true);
        sumSection.getChildren().addAll(how, groupButtons, new HBox(16, strips, sumResult), sumHint);
        sumHint.setText(Texts.get("latent.sumWhy"));
    }

    /** The lab's letter keys: {@code key.*} entries of the bundle, so they follow the language (V for Vider). */
    private final Map<String, Runnable> letterKeys = Map.of(
            "key.latent.walk", () -> walkMode.setSelected(true),
            "key.latent.spherical", () -> spherical.setSelected(!spherical.isSelected()),
            "key.latent.newFakes", this::newPool,
            "key.latent.arithmetic", () -> sumMode.setSelected(true),
            "key.latent.draw", () -> drawMode.setSelected(true),
            "key.latent.clearGroups", this::clearGroups,
            "key.latent.previous", () -> moveHighlight(-1),
            "key.latent.next", () -> moveHighlight(1));

    @Override
    public boolean handleKey(KeyEvent event) {
        KeyCode code = event.getCode();
        String typed = code.isLetterKey() ? code.getChar() : "";
        for (Map.Entry<String, Runnable> key : letterKeys.entrySet()) {
            if (Texts.isShortcut(typed, key.getKey())) {
                key.getValue().run();
                return true;
            }
        }
        switch (code) {
            case ENTER -> pick(highlighted);
            case DIGIT0, DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, DIGIT7, DIGIT8, DIGIT9 -> {
                int digit = code.ordinal() - KeyCode.DIGIT0.ordinal();
                if (drawMode.isSelected()) {
                    drawClass(digit);
                } else if (digit >= 1 && digit <= 3) {
                    groupChoice.getToggles().get(digit - 1).setSelected(true);
                } else {
                    return false;
                }
            }
            case COMMA, PERIOD -> walkSlider.setValue(Math.max(0, Math.min(1,
                    walkSlider.getValue() + (code == KeyCode.PERIOD ? 0.125 : -0.125))));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void showMode() {
        boolean walking = walkMode.isSelected();
        boolean summing = sumMode.isSelected();
        boolean drawing = drawMode.isSelected();
        walkSection.setVisible(walking);
        walkSection.setManaged(walking);
        sumSection.setVisible(summing);
        sumSection.setManaged(summing);
        drawSection.setVisible(drawing);
        drawSection.setManaged(drawing);
        if (drawing && meaning == null) {
            findMeaning();
        }
    }

    private void buildDrawMe() {
        java.util.List<String> names = org.ganclassroom.data.Datasets.classNames(lesson.dataset());
        for (int c = 0; c < names.size(); c++) {
            int label = c;
            // digits name themselves; a clothes button shows its key too
            Button button = new Button(names.get(c).equals(String.valueOf(c)) ? names.get(c) : names.get(c) + "  (" + c + ")");
            button.setId("draw-class-" + c);
            button.setTooltip(new javafx.scene.control.Tooltip(Texts.get("latent.classKey", c)));
            button.setOnAction(e -> drawClass(label));
            classButtons.getChildren().add(button);
        }
        Label pick = new Label(Texts.get("latent.drawHow"));
        pick.setWrapText(true);
        meaningText.setId("draw-meaning");
        meaningText.setWrapText(true);
        drawGrid.setId("draw-grid");
        drawGrid.setHgap(4);
        drawGrid.setVgap(4);
        drawVerdict.setId("draw-verdict");
        drawVerdict.setWrapText(true);
        drawSection.getChildren().addAll(pick, classButtons, meaningText, drawGrid, drawVerdict);
    }

    /**
     * This generator has no labels, only a code whose values found their own classes: ask the judge what
     * each value draws, once per source, on the lesson thread (64 fakes per value).
     */
    private void findMeaning() {
        int expected = generation;
        GanModel model = shipped;
        Optional<GanTrainer> live = model == null ? context.trainer().get() : Optional.empty();
        if (space == null || space.codeValues() == 0 || (model == null && live.isEmpty())) {
            meaningText.setText(Texts.get(space != null && space.codeValues() == 0 ? "latent.noCodeForClass"
                    : "latent.chooseFirst"));
            return;
        }
        if (labelled) {
            meaning = org.ganclassroom.judge.CodeMeaning.fromLabels(space.codeValues());
            meaningText.setText(Texts.get("latent.meaning.labels"));
            drawPending();
            return;
        }
        meaningText.setText(Texts.get("latent.asking"));
        findingMeaning = true;
        Path judgeFile = org.ganclassroom.judge.ShippedJudges.fileFor(context.datasets().sampleDataFolder(), lesson.dataset());
        context.background().execute(() -> {
            try {
                if (judge == null) {
                    judge = org.ganclassroom.judge.Judge.load(judgeFile);
                }
                org.ganclassroom.judge.CodeMeaning found = withGenerator(model, live,
                        m -> org.ganclassroom.judge.CodeMeaning.of(m, judge, 64, 99));
                Platform.runLater(() -> {
                    findingMeaning = false;
                    if (expected == generation) {
                        meaning = found;
                        meaningText.setText(describeMeaning(found));
                        drawPending();
                    }
                });
            } catch (java.io.IOException | RuntimeException failed) {
                Platform.runLater(() -> {
                    findingMeaning = false;
                    meaningText.setText(Texts.get("latent.judgeFailed", failed.getMessage()));
                });
            }
        });
    }

    private String describeMeaning(org.ganclassroom.judge.CodeMeaning found) {
        java.util.List<String> names = org.ganclassroom.data.Datasets.classNames(lesson.dataset());
        java.util.List<String> values = new ArrayList<>();
        for (int value = 0; value < found.classOf().length; value++) {
            int label = found.classOf()[value];
            values.add(label < 0 ? Texts.get("latent.meaning.unsure", value) : Texts.get("latent.meaning.value", value,
                    names.get(label), String.format(Texts.locale(), "%.0f", 100 * found.share()[value])));
        }
        return Texts.get("latent.meaning", String.join(", ", values));
    }

    /** A class asked for while the code values were being read. */
    private void drawPending() {
        if (pendingClass >= 0) {
            int label = pendingClass;
            pendingClass = -1;
            drawClass(label);
        }
    }

    private void drawClass(int label) {
        java.util.List<String> names = org.ganclassroom.data.Datasets.classNames(lesson.dataset());
        if (meaning == null) {
            // drawn as soon as the judge has read the code values: a key pressed right after D used to be lost
            pendingClass = label;
            if (!findingMeaning) {
                findMeaning();
            }
            drawVerdict.setText(Texts.get("latent.wait"));
            return;
        }
        java.util.List<Integer> values = meaning.valuesFor(label);
        if (values.isEmpty()) {
            drawGrid.getChildren().clear();
            drawVerdict.setText(Texts.get("latent.noCodeDraws", names.get(label)));
            return;
        }
        int value = values.get(0);
        List<float[]> points = org.ganclassroom.judge.CodeMeaning.withCode(space, value, 16, poolSeed++);
        int expected = generation;
        draw(points, pictures -> {
            drawGrid.getChildren().clear();
            for (int i = 0; i < 16; i++) {
                drawGrid.add(Pictures.view(pictures, i, THUMB), i % 4, i / 4);
            }
            drawVerdict.setText(Texts.get("latent.drawnWithCode", value));
            context.background().execute(() -> {
                if (judge == null) { // a conditional generator needs no judge to know its classes, only here
                    try {
                        judge = org.ganclassroom.judge.Judge.load(org.ganclassroom.judge.ShippedJudges.fileFor(
                                context.datasets().sampleDataFolder(), lesson.dataset()));
                    } catch (java.io.IOException | RuntimeException failed) {
                        Platform.runLater(() -> drawVerdict.setText(Texts.get("latent.judgeFailed", failed.getMessage())));
                        return;
                    }
                }
                org.ganclassroom.judge.JudgeReport report = org.ganclassroom.judge.JudgeReport.of(judge.classify(pictures, 16));
                int agree = report.histogram()[label];
                Platform.runLater(() -> {
                    if (expected == generation) {
                        drawVerdict.setText(Texts.get("latent.judgeReads", agree, names.get(label)));
                    }
                });
            });
        });
    }

    private void chooseSource(int index) {
        generation++;
        int expected = generation;
        shipped = null;
        String[] files = {"-3-fully-trained.zip", "-2-after-10-minutes.zip", "-1-after-1-minute.zip", null,
            "-4-conditional.zip"};
        if (index == 3) {
            Optional<GanTrainer> live = context.trainer().get();
            if (live.isEmpty()) {
                sourceStatus.setText(Texts.get("latent.liveNone"));
                return;
            }
            if (!live.get().nativeEngine()) {
                sourceStatus.setText(org.ganclassroom.text.Messages.get("engine.notNative"));
                return;
            }
            sourceStatus.setText(Texts.get("latent.liveStep", live.get().latest().step(),
                    Texts.shortcut("key.latent.newFakes")));
            context.background().execute(() -> {
                org.ganclassroom.gan.Preset livePreset = live.get().withModel(GanModel::preset); // waits for a step
                Platform.runLater(() -> {
                    if (expected == generation) {
                        useSpace(livePreset);
                    }
                });
            });
            return;
        }
        Path file = context.shippedCheckpoints().resolve(lesson.dataset() + files[index]);
        sourceStatus.setText(Texts.get("dock.loading", file.getFileName()));
        context.background().execute(() -> {
            try {
                GanModel model = Checkpoint.load(file);
                Platform.runLater(() -> {
                    if (expected == generation) {
                        shipped = model;
                        sourceStatus.setText(Texts.get("latent.drawnByFile", file.getFileName(),
                                String.format(Texts.locale(), "%,d", model.step())));
                        useSpace(model.preset());
                    }
                });
            } catch (Exception failed) {
                Platform.runLater(() -> sourceStatus.setText(Texts.get("latent.couldNotLoad", file.getFileName(),
                        failed.getMessage())));
            }
        });
    }

    private void useSpace(org.ganclassroom.gan.Preset preset) {
        space = new LatentSpace(preset);
        labelled = preset.conditional();
        meaning = null;
        if (drawMode.isSelected()) {
            findMeaning();
        }
        codeHint.setText(space.codeValues() > 0 ? Texts.get("latent.everyCode", space.codeValues())
                : Texts.get("latent.noCode"));
        newPool();
    }

    private void newPool() {
        if (space == null) {
            return;
        }
        generation++;
        pool = space.random(POOL, poolSeed++);
        pickA = -1;
        pickB = -1;
        groups.forEach(List::clear);
        highlighted = 0;
        draw(pool, pictures -> {
            poolPictures = pictures;
            showPool();
            showWalk(List.of(), new float[0]);
            drawGroups();
        });
    }

    /**
     * Uses the shipped generator, or else the live one under the trainer's lock (waits for a running step:
     * call on the lesson thread only).
     */
    private static <T> T withGenerator(GanModel shipped, Optional<GanTrainer> live,
                                       java.util.function.Function<GanModel, T> use) {
        return shipped != null ? use.apply(shipped) : live.orElseThrow().withModel(use);
    }

    /** Draws the points off the FX thread and hands the pictures to {@code then} on it, if still current. */
    private void draw(List<float[]> points, Consumer<float[]> then) {
        int expected = generation;
        GanModel model = shipped;
        Optional<GanTrainer> live = model == null ? context.trainer().get() : Optional.empty();
        if (model == null && live.isEmpty()) {
            return;
        }
        float[] inputs = LatentSpace.concat(points);
        context.background().execute(() -> {
            float[] pictures;
            try {
                pictures = withGenerator(model, live, m -> m.drawEach(inputs, points.size()));
            } catch (RuntimeException mismatch) {
                // the live run was reset with another preset: its inputs have another length
                Platform.runLater(() -> sourceStatus.setText(Texts.get("latent.generatorChanged",
                        Texts.shortcut("key.latent.newFakes"))));
                return;
            }
            Platform.runLater(() -> {
                if (expected == generation) {
                    then.accept(pictures);
                }
            });
        });
    }

    private void showPool() {
        poolView.getChildren().clear();
        for (int i = 0; i < pool.size(); i++) {
            int index = i;
            Button cell = new Button(null, Pictures.view(poolPictures, i, THUMB));
            cell.setId("pool-" + i);
            cell.getStyleClass().add("lab-cell");
            cell.setOnAction(e -> pick(index));
            poolView.getChildren().add(cell);
        }
        markPool();
        if (poolView.getParent() instanceof javafx.scene.layout.Region column) {
            evenPoolRows(column.getWidth());
        }
        walkHint.setText(Texts.get("latent.walkHow", Texts.shortcut("key.latent.previous"),
                Texts.shortcut("key.latent.next")));
    }

    private void markPool() {
        for (int i = 0; i < poolView.getChildren().size(); i++) {
            Node cell = poolView.getChildren().get(i);
            cell.getStyleClass().removeAll("highlighted", "pick-a", "pick-b");
            if (i == highlighted) {
                cell.getStyleClass().add("highlighted");
            }
            if (i == pickA) {
                cell.getStyleClass().add("pick-a");
            }
            if (i == pickB) {
                cell.getStyleClass().add("pick-b");
            }
        }
    }

    private void moveHighlight(int by) {
        if (!pool.isEmpty()) {
            highlighted = Math.floorMod(highlighted + by, pool.size());
            markPool();
        }
    }

    private void pick(int index) {
        if (index < 0 || index >= pool.size()) {
            return;
        }
        highlighted = index;
        if (walkMode.isSelected()) {
            if (pickA < 0 || pickB >= 0) {
                pickA = index;
                pickB = -1;
                walkHint.setText(Texts.get("latent.startChosen"));
                showWalk(List.of(), new float[0]);
            } else {
                pickB = index;
                drawWalk();
            }
            markPool();
        } else {
            int group = groupChoice.getToggles().indexOf(groupChoice.getSelectedToggle());
            groups.get(group).add(index);
            drawGroups();
        }
    }

    private void drawWalk() {
        if (pickA < 0 || pickB < 0 || space == null) {
            return;
        }
        List<float[]> walk = space.walk(pool.get(pickA), pool.get(pickB), WALK_STEPS, spherical.isSelected());
        List<float[]> codes = space.everyCode(pool.get(pickA));
        List<float[]> both = new ArrayList<>(walk);
        both.addAll(codes);
        draw(both, pictures -> {
            walkHint.setText(Texts.get(spherical.isSelected() ? "latent.walkSphere" : "latent.walkStraight",
                    pickA + 1, pickB + 1));
            showWalk(walk, pictures);
            drawScrub();
        });
    }

    private void showWalk(List<float[]> walk, float[] pictures) {
        walkRow.getChildren().clear();
        codeRow.getChildren().clear();
        // The nine pictures share the row's width (a 1024x768 lesson column is ~400 px: at a fixed size the
        // last ones were cut off)
        javafx.beans.binding.DoubleBinding size = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(20, Math.min(THUMB * 0.8, (walkRow.getWidth() - 4 * (walk.size() - 1))
                        / Math.max(1, walk.size()))), walkRow.widthProperty());
        for (int i = 0; i < walk.size(); i++) {
            ImageView view = Pictures.view(pictures, i, THUMB * 0.8);
            view.fitWidthProperty().bind(size);
            view.fitHeightProperty().bind(size);
            view.setId("walk-" + i);
            walkRow.getChildren().add(view);
        }
        int codes = walk.isEmpty() ? 0 : pictures.length / (28 * 28) - walk.size();
        for (int c = 0; c < codes; c++) {
            VBox cell = new VBox(2, Pictures.view(pictures, walk.size() + c, THUMB * 0.8),
                    new Label(Texts.get("latent.code", c)));
            cell.setId("code-" + c);
            codeRow.getChildren().add(cell);
        }
        if (walk.isEmpty()) {
            walkLarge.setImage(null);
        }
    }

    private void drawScrub() {
        if (pickA < 0 || pickB < 0 || space == null) {
            return;
        }
        float[] point = space.between(pool.get(pickA), pool.get(pickB), walkSlider.getValue(), spherical.isSelected());
        draw(List.of(point), pictures -> walkLarge.setImage(Pictures.view(pictures, 0, LARGE).getImage()));
    }

    private void clearGroups() {
        groups.forEach(List::clear);
        drawGroups();
    }

    private void drawGroups() {
        for (int g = 0; g < 3; g++) {
            HBox strip = groupStrips.get(g);
            strip.getChildren().clear();
            for (int index : groups.get(g)) {
                strip.getChildren().add(Pictures.view(poolPictures, index, THUMB / 2));
            }
        }
        if (groups.stream().anyMatch(List::isEmpty) || space == null) {
            sumResult.setImage(null);
            sumHint.setText(Texts.get("latent.fillGroups") + " " + Texts.get("latent.sumWhy"));
            return;
        }
        List<List<float[]>> points = groups.stream().map(g -> g.stream().map(pool::get).toList()).toList();
        float[] result = space.arithmetic(points.get(0), points.get(1), points.get(2));
        draw(List.of(result), pictures -> {
            sumResult.setImage(Pictures.view(pictures, 0, LARGE).getImage());
            sumHint.setText(Texts.get("latent.sum", groups.get(0).size(), groups.get(1).size(), groups.get(2).size())
                    + " " + Texts.get("latent.sumWhy"));
        });
    }

    /** For tests: the pool's points, the picks and the groups. */
    List<float[]> pool() {
        return pool;
    }

    int[] picks() {
        return new int[] {pickA, pickB};
    }
}
