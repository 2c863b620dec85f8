package org.ganclassroom.ui.lesson;

import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.TrainingSnapshot;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonAssets;
import org.ganclassroom.ui.markdown.MarkdownView;

/**
 * The GAN loss step by step: the lesson's steps with typeset formulas (N next, B back); sliders for D(x)
 * and D(G(z)) with each term's value; a plot over D(G(z)) of the min-max generator loss log(1 - D(G(z)))
 * beside the non-saturating -log D(G(z)), which shows why G's gradient vanishes early; the training
 * algorithm line by line; and, while a run is active, the live batch's D(G(z)) marked on the plot.
 */
final class LossWalkthroughPane extends LessonPage implements KeyboardLesson {

    private static final double EPSILON = 0.005;

    private final Lesson.LossWalkthrough lesson;
    private final LessonContext context;
    private final LessonAssets assets;
    private final StackPane stepHost = new StackPane();
    private final Label stepCounter = new Label();
    private final Slider realSlider = slider("slider-d-real", 0.8);
    private final Slider fakeSlider = slider("slider-d-fake", 0.2);
    private final Label realTerm = value("term-real");
    private final Label fakeTerm = value("term-fake");
    private final Label valueTotal = value("value-v");
    private final Label generatorLoss = value("generator-loss");
    private final Label liveValues = value("live-values");
    private final XYChart.Series<Number, Number> chosen = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> live = new XYChart.Series<>();
    private final VBox algorithmLines = new VBox();
    private int step;
    private int algorithmLine = -1;

    LossWalkthroughPane(Lesson.LossWalkthrough lesson, LessonContext context, LessonAssets assets) {
        super("loss-walkthrough-pane", Texts.get("kind.lossWalkthrough"), lesson.title());
        this.lesson = lesson;
        this.context = context;
        this.assets = assets;
        add(new MarkdownView(lesson.intro(), assets));
        if (!lesson.steps().isEmpty()) {
            add(stepper());
        }
        add(LessonPage.sectionHeading(Texts.get("loss.tryIt")), explorer(), plot());
        if (!lesson.algorithm().isEmpty()) {
            add(LessonPage.sectionHeading(Texts.get("loss.algorithm")), algorithm());
        }
        showStep(0);
        updateTerms();
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(500), e -> showLive()));
        poll.setCycleCount(Timeline.INDEFINITE);
        // Polls only while the pane is on screen; stops when the lesson changes.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                poll.stop();
            } else {
                poll.play();
            }
        });
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        // N/B/A in English, S/R/L in French (Suivante, Retour, Ligne): key.walkthrough.* in the bundle
        String typed = event.getCode().isLetterKey() ? event.getCode().getChar() : "";
        if (Texts.isShortcut(typed, "key.walkthrough.next")) {
            showStep(step + 1);
            return true;
        }
        if (Texts.isShortcut(typed, "key.walkthrough.back")) {
            showStep(step - 1);
            return true;
        }
        if (Texts.isShortcut(typed, "key.walkthrough.nextLine") && !lesson.algorithm().isEmpty()) {
            nextAlgorithmLine();
            return true;
        }
        return false;
    }

    private final Button back = new Button(Texts.get("loss.back", Texts.shortcut("key.walkthrough.back")));
    private final Button next = new Button(Texts.get("loss.nextStep", Texts.shortcut("key.walkthrough.next")));

    private VBox stepper() {
        back.setId("walkthrough-back");
        back.setOnAction(e -> showStep(step - 1));
        next.setId("walkthrough-next");
        next.setOnAction(e -> showStep(step + 1));
        stepCounter.setId("walkthrough-counter");
        stepCounter.getStyleClass().add("lesson-note");
        // a FlowPane: in a projector's narrow column the two buttons wrap instead of shrinking to "◀ Bac…"
        VBox box = new VBox(stepCounter, stepHost, new javafx.scene.layout.FlowPane(8, 8, back, next));
        box.getStyleClass().add("quiz-card");
        return box;
    }

    private void showStep(int index) {
        if (lesson.steps().isEmpty()) {
            return;
        }
        step = Math.max(0, Math.min(index, lesson.steps().size() - 1));
        Lesson.WalkthroughStep current = lesson.steps().get(step);
        stepCounter.setText(Texts.get("loss.counter", step + 1, lesson.steps().size()));
        back.setDisable(step == 0); // nothing before step 1, nothing after the last
        next.setDisable(step == lesson.steps().size() - 1);
        Label title = new Label(current.title());
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setId("walkthrough-step-title");
        title.getStyleClass().add("lesson-section");
        VBox content = new VBox(8, title);
        if (!current.formula().isEmpty()) {
            StackPane formula = new StackPane(Formulas.render(current.formula(), 20));
            formula.getStyleClass().add("formula-box");
            formula.setMinWidth(0); // the formula shrinks to the column (Formulas), the box with it
            content.getChildren().add(formula);
        }
        content.getChildren().add(new MarkdownView(current.body(), assets));
        stepHost.getChildren().setAll(content);
    }

    private VBox explorer() {
        VBox rows = new VBox(10,
                explorerRow(Texts.get("loss.realVerdict"), realSlider, realTerm),
                explorerRow(Texts.get("loss.fakeVerdict"), fakeSlider, fakeTerm),
                explorerRow(Texts.get("loss.value"), null, valueTotal),
                explorerRow(Texts.get("loss.practical"), null, generatorLoss));
        rows.getStyleClass().add("explorer");
        realSlider.valueProperty().addListener((obs, old, v) -> updateTerms());
        fakeSlider.valueProperty().addListener((obs, old, v) -> updateTerms());
        return rows;
    }

    /** A caption that wraps, then the slider (if any) and the live value on one line. */
    private static VBox explorerRow(String caption, Slider slider, Label value) {
        Label text = new Label(caption);
        text.setWrapText(true);
        value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox line = slider == null ? new HBox(12, value) : new HBox(12, slider, value);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(2, text, line);
    }

    private void updateTerms() {
        double real = realSlider.getValue();
        double fake = fakeSlider.getValue();
        realTerm.setText(format("log D(x) = %.2f", Math.log(real)));
        fakeTerm.setText(format("log(1 − D(G(z))) = %.2f", Math.log(1 - fake)));
        valueTotal.setText(format("V = %.2f", Math.log(real) + Math.log(1 - fake)));
        generatorLoss.setText(format("−log D(G(z)) = %.2f", -Math.log(fake)));
        chosen.getData().setAll(new XYChart.Data<>(fake, Math.log(1 - fake)), new XYChart.Data<>(fake, -Math.log(fake)));
    }

    private VBox plot() {
        NumberAxis x = new NumberAxis(0, 1, 0.1);
        x.setLabel("D(G(z))"); // its meaning is under the legend, where it can wrap
        NumberAxis y = new NumberAxis(-5, 5, 1);
        y.setLabel(Texts.get("loss.axis.y"));
        // JavaFX formats ticks in the computer's language; the window's may differ (0,1 in French)
        for (NumberAxis axis : List.of(x, y)) {
            java.text.NumberFormat numbers = java.text.NumberFormat.getInstance(Texts.locale());
            axis.setTickLabelFormatter(new javafx.util.StringConverter<Number>() {
                @Override
                public String toString(Number value) {
                    return numbers.format(value.doubleValue() + 0.0);
                }

                @Override
                public Number fromString(String text) {
                    return Double.valueOf(text.replace(',', '.'));
                }
            });
        }
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("loss-curves");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        // The title, the legend and the x axis's meaning are wrapped labels of our own: the chart's own cut
        // them with "…" in a 1024 window's lesson column and on a projector (its legend is a row of fixed tiles).
        chart.setLegendVisible(false);
        chart.getData().add(curve(Texts.get("loss.curve.minMax"), true));
        chart.getData().add(curve(Texts.get("loss.curve.nonSaturating"), false));
        chosen.setName(Texts.get("loss.yourSlider"));
        live.setName(Texts.get("loss.liveBatch"));
        chart.getData().add(chosen);
        chart.getData().add(live);
        // Its height is in em (base.css, .loss-curves): a fixed 340 px left a 60 px plot in presenter mode,
        // where the title, axis labels and four-line legend take most of it at projector type.
        chart.getStyleClass().add("loss-curves");
        // Only the two markers get symbols: the curves stay lines.
        for (XYChart.Series<Number, Number> marker : List.of(chosen, live)) {
            marker.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    node.setStyle("-fx-stroke: transparent;");
                }
            });
        }
        chart.setCreateSymbols(true);
        Label title = wrapped(Texts.get("loss.chartTitle"), "plot-heading");
        title.setId("loss-chart-title");
        VBox legend = new VBox(4, legendLine(Texts.get("loss.curve.minMax"), "swatch-min-max"),
                legendLine(Texts.get("loss.curve.nonSaturating"), "swatch-non-saturating"),
                legendLine(Texts.get("loss.yourSlider"), "swatch-slider"),
                legendLine(Texts.get("loss.liveBatch"), "swatch-live"),
                wrapped(Texts.get("loss.across", Texts.get("loss.axis.x")), "lesson-note"));
        legend.setId("loss-legend");
        liveValues.setWrapText(true);
        pushValue.setWrapText(true);
        return new VBox(title, chart, legend, liveValues, lossSwitch(), pushValue);
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** One legend entry: the curve's or marker's colour (base.css, .swatch-*) and its name, wrapping. */
    private static Label legendLine(String text, String swatchStyle) {
        javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
        swatch.getStyleClass().addAll("legend-swatch", swatchStyle);
        Label line = wrapped(text, "legend-line");
        line.setGraphic(swatch);
        return line;
    }

    private final Label pushValue = value("generator-push");
    private final javafx.scene.control.ToggleGroup lossChoice = new javafx.scene.control.ToggleGroup();

    /**
     * The experiment of lesson 12: the dock's generator can train with either loss. Press Step D a few
     * times until D(G(z)) is near 0, then Step G: under min-max, G's push almost vanishes.
     */
    private VBox lossSwitch() {
        javafx.scene.control.RadioButton nonSaturating = new javafx.scene.control.RadioButton(
                Texts.get("loss.choice.nonSaturating"));
        nonSaturating.setId("loss-non-saturating");
        nonSaturating.setWrapText(true);
        nonSaturating.setUserData(org.ganclassroom.gan.GanModel.GeneratorLoss.NON_SATURATING);
        javafx.scene.control.RadioButton minMax = new javafx.scene.control.RadioButton(
                Texts.get("loss.choice.minMax"));
        minMax.setId("loss-min-max");
        minMax.setWrapText(true);
        minMax.setUserData(org.ganclassroom.gan.GanModel.GeneratorLoss.MIN_MAX);
        nonSaturating.setToggleGroup(lossChoice);
        minMax.setToggleGroup(lossChoice);
        nonSaturating.setSelected(true);
        lossChoice.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                return;
            }
            var kind = (org.ganclassroom.gan.GanModel.GeneratorLoss) chosen.getUserData();
            context.trainer().get().filter(GanTrainer::nativeEngine).ifPresentOrElse(trainer ->
                    context.background().execute(() -> trainer.withModel(model -> { // waits for a step: not on FX
                        model.setGeneratorLoss(kind);
                        return null;
                    })), () -> pushValue.setText(context.trainer().get().isPresent()
                            ? org.ganclassroom.text.Messages.get("engine.notNative") : Texts.get("loss.startEngine")));
        });
        Label how = new Label(Texts.get("loss.tryInDock"));
        how.setWrapText(true);
        how.getStyleClass().add("lesson-note");
        Label title = new Label(Texts.get("loss.learnsWith"));
        return new VBox(4, title, nonSaturating, minMax, how);
    }

    private static XYChart.Series<Number, Number> curve(String name, boolean minMax) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int i = 0; i <= 100; i++) {
            double p = EPSILON + (1 - 2 * EPSILON) * i / 100.0;
            double y = minMax ? Math.log(1 - p) : -Math.log(p);
            XYChart.Data<Number, Number> point = new XYChart.Data<>(p, Math.max(-5, Math.min(5, y)));
            series.getData().add(point);
        }
        series.getData().forEach(d -> d.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                node.setVisible(false); // a line, not 101 dots
            }
        }));
        return series;
    }

    private void showLive() {
        var trainer = context.trainer().get();
        TrainingSnapshot snapshot = trainer.map(GanTrainer::latest).orElse(null);
        if (snapshot == null || snapshot.lastStep() == null || Double.isNaN(snapshot.lastStep().meanFakeScore())) {
            live.getData().clear();
            liveValues.setText(Texts.get("loss.startTraining"));
            return;
        }
        double fake = Math.max(EPSILON, Math.min(1 - EPSILON, snapshot.lastStep().meanFakeScore()));
        live.getData().setAll(new XYChart.Data<>(fake, Math.log(1 - fake)), new XYChart.Data<>(fake, -Math.log(fake)));
        double real = snapshot.lastStep().meanRealScore();
        Locale locale = Texts.locale();
        liveValues.setText(Texts.get("loss.live", String.format(locale, "%,d", snapshot.step()),
                Double.isNaN(real) ? Texts.get("loss.live.noReal") : String.format(locale, "%.2f", real),
                String.format(locale, "%.2f", snapshot.lastStep().meanFakeScore())));
        double push = snapshot.lastStep().generatorPush();
        pushValue.setText(Double.isNaN(push) ? Texts.get("loss.push.none")
                : Texts.get("loss.push", String.format(locale, "%.3f", push),
                        push < 0.05 ? " " + Texts.get("loss.push.vanished") : ""));
    }

    private VBox algorithm() {
        algorithmLines.getStyleClass().add("algorithm");
        for (String line : lesson.algorithm()) {
            // A line wraps in a narrow column instead of ending in "…", its continuation under its own
            // first word: the indentation (nesting in the algorithm) becomes a left padding.
            int indent = line.length() - line.stripLeading().length();
            Label label = new Label(line.strip());
            label.getStyleClass().add("algorithm-line");
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.setStyle(String.format(java.util.Locale.ROOT, "-fx-padding: 0.1em 0.4em 0.1em %.2fem;",
                    0.4 + 0.6 * indent)); // a monospace character is ~0.6em wide
            algorithmLines.getChildren().add(label);
        }
        Button next = new Button(Texts.get("loss.nextLine", Texts.shortcut("key.walkthrough.nextLine")));
        next.setId("algorithm-next");
        next.setOnAction(e -> nextAlgorithmLine());
        return new VBox(8, algorithmLines, next);
    }

    private void nextAlgorithmLine() {
        algorithmLine = (algorithmLine + 1) % lesson.algorithm().size();
        for (int i = 0; i < algorithmLines.getChildren().size(); i++) {
            algorithmLines.getChildren().get(i).getStyleClass().remove("current");
            algorithmLines.getChildren().get(i).setId(null);
        }
        algorithmLines.getChildren().get(algorithmLine).getStyleClass().add("current");
        algorithmLines.getChildren().get(algorithmLine).setId("algorithm-current");
    }

    private static Slider slider(String id, double value) {
        Slider slider = new Slider(0.01, 0.99, value);
        slider.setId(id);
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit(0.25);
        slider.setPrefWidth(220);
        return slider;
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("term-value");
        return label;
    }

    /** A formula's value, written the window language's way (0.69 or 0,69). */
    private static String format(String pattern, double value) {
        return String.format(Texts.locale(), pattern, value);
    }
}
