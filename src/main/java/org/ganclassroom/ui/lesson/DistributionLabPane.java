package org.ganclassroom.ui.lesson;

import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.ganclassroom.gan.toy.Distribution;
import org.ganclassroom.gan.toy.ToyGan;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonAssets;
import org.ganclassroom.ui.markdown.MarkdownView;

/**
 * The 2-D lab: a tiny GAN ({@link ToyGan}) learns a shape in the plane while the class watches the real
 * points (green), G's fakes (orange), the way G's gradient pushes each fake (white strokes) and, behind
 * them, D's verdict P(real) over the whole plane. Training runs on the window's lesson thread a few steps
 * per frame; the FX thread only draws the latest frame, and asks for the next one only when it has drawn
 * this one, so a slow machine shows fewer frames, never a frozen window. The lab stops when its lesson is
 * left.
 *
 * <p>Keys: P play/pause, S one step, R reset, 1-4 the shapes.
 */
final class DistributionLabPane extends LessonPage implements KeyboardLesson {

    static final double PLOT = 380;
    /** Steps per frame while playing: ~40 steps a second at 8 frames, ~300 at 60. */
    private static final int STEPS_PER_FRAME = 5;

    private final LessonContext context;
    private final Canvas canvas = new Canvas(PLOT, PLOT);
    {
        canvas.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT); // x grows to the right in RTL too
    }
    private final Label stats = new Label();
    private final Button play = new Button(Texts.get("plane.play", Texts.shortcut("key.plane.play")));
    private final ComboBox<String> shape = new ComboBox<>();
    private final Label drawHint = new Label();
    private final WritableImage heat = new WritableImage(ToyGan.HEAT, ToyGan.HEAT);
    private final AnimationTimer frames;

    /** Owned by the lesson thread: created, stepped and read only there. */
    private ToyGan gan;
    private volatile Distribution distribution;
    private boolean playing;
    private boolean inFlight;
    private ToyGan.Frame shown;

    DistributionLabPane(Lesson.DistributionLab lesson, LessonContext context, LessonAssets assets) {
        super("distribution-lab-pane", Texts.get("kind.distributionLab"), lesson.title());
        this.context = context;
        this.distribution = Distribution.named(lesson.shape());
        canvas.setId("lab-plot");
        stats.setId("lab-stats");
        stats.getStyleClass().add("lesson-note");
        play.setId("lab-play");
        play.setOnAction(e -> togglePlay());
        Button step = new Button(Texts.get("plane.step", Texts.shortcut("key.plane.step")));
        step.setId("lab-step");
        step.setOnAction(e -> stepOnce());
        Button reset = new Button(Texts.get("plane.reset", Texts.shortcut("key.plane.reset")));
        reset.setId("lab-reset");
        reset.setOnAction(e -> reset());
        shape.setId("lab-shape");
        shape.getItems().setAll(shapeNames());
        shape.getSelectionModel().select(Distribution.names().indexOf(distribution.name()));
        shape.setOnAction(e -> chooseShape(shape.getSelectionModel().getSelectedIndex()));
        drawHint.setWrapText(true);
        drawHint.getStyleClass().add("lesson-note");
        canvas.setOnMouseClicked(e -> addPoint(e.getX() / zoom(), e.getY() / zoom()));
        Label legend = new Label(Texts.get("plane.legend"));
        legend.setWrapText(true);
        legend.getStyleClass().add("lesson-note");
        // a flow, so at 1024x768 the buttons wrap instead of shrinking to "Pau…"
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(8, 6, play, step, reset, shape);
        controls.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.control.Control control : List.of(play, step, reset, shape)) {
            control.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        stats.setWrapText(true);
        javafx.scene.layout.VBox activity = new javafx.scene.layout.VBox(6, controls, drawHint, canvas, stats, legend);
        // The plot grows with the type (presenter mode, the UI scale): at 1920x1080 a 380 px plot was a
        // stamp on the projector. Redrawn at the new size, not scaled as a bitmap, so points stay crisp.
        Runnable fit = () -> {
            double side = Math.round(PLOT * zoom());
            canvas.setWidth(side);
            canvas.setHeight(side);
            activity.setPrefWidth(Math.max(side, controls.getPrefWrapLength()));
            activity.setMaxWidth(activity.getPrefWidth());
            if (shown != null) {
                draw(shown);
            }
        };
        stats.fontProperty().addListener((obs, old, font) -> fit.run());
        fit.run();
        add(new SideBySide(new MarkdownView(lesson.intro(), assets), activity, () -> stats.getFont().getSize()));
        showDrawHint();
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (playing && !inFlight) {
                    advance(STEPS_PER_FRAME);
                }
            }
        };
        // Owned by the lesson on screen: the timer (and so the training) stops when the lesson is left.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                frames.stop();
                playing = false;
            } else {
                frames.start();
            }
        });
        reset();
    }

    /** The shapes' names in the order of {@link Distribution#names()}, then the student's own points. */
    private static List<String> shapeNames() {
        return List.of(Texts.get("plane.shape.ring"), Texts.get("plane.shape.moons"), Texts.get("plane.shape.gaussians"),
                Texts.get("plane.shape.own"));
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        KeyCode code = event.getCode();
        String typed = code.isLetterKey() ? code.getChar() : "";
        if (Texts.isShortcut(typed, "key.plane.play")) { // P, or L for Lecture
            togglePlay();
            return true;
        }
        if (Texts.isShortcut(typed, "key.plane.step")) { // S, or E for Étape
            stepOnce();
            return true;
        }
        if (Texts.isShortcut(typed, "key.plane.reset")) { // R, Réinitialiser too
            reset();
            return true;
        }
        switch (code) {
            case DIGIT1, DIGIT2, DIGIT3, DIGIT4 -> shape.getSelectionModel().select(code.ordinal() - KeyCode.DIGIT1.ordinal());
            default -> {
                return false;
            }
        }
        return true;
    }

    private void togglePlay() {
        playing = !playing;
        play.setText(Texts.get(playing ? "plane.pause" : "plane.play", Texts.shortcut("key.plane.play")));
    }

    private void stepOnce() {
        if (playing) {
            togglePlay();
        }
        if (!inFlight) {
            advance(1);
        }
    }

    private void reset() {
        Distribution start = distribution;
        inFlight = true;
        context.background().execute(() -> {
            gan = new ToyGan(start, 7);
            ToyGan.Frame frame = gan.frame();
            Platform.runLater(() -> show(frame));
        });
    }

    private void chooseShape(int index) {
        distribution = index == 3 ? new Distribution.Drawn(List.of()) : Distribution.named(Distribution.names().get(index));
        Distribution next = distribution;
        context.background().execute(() -> {
            if (gan != null) {
                gan.setDistribution(next);
            }
        });
        showDrawHint();
    }

    private void addPoint(double px, double py) {
        if (!(distribution instanceof Distribution.Drawn drawn)) {
            return;
        }
        float x = (float) ((px / PLOT * 2 - 1) * ToyGan.EXTENT);
        float y = (float) ((1 - py / PLOT * 2) * ToyGan.EXTENT);
        distribution = drawn.with(x, y);
        Distribution next = distribution;
        context.background().execute(() -> {
            if (gan != null) {
                gan.setDistribution(next);
            }
        });
        showDrawHint();
    }

    private void showDrawHint() {
        boolean drawing = distribution instanceof Distribution.Drawn;
        drawHint.setVisible(drawing);
        drawHint.setManaged(drawing);
        if (distribution instanceof Distribution.Drawn drawn) {
            drawHint.setText(drawn.points().isEmpty() ? Texts.get("plane.drawHow")
                    : Texts.get("plane.drawCount", drawn.points().size()));
        }
    }

    /** Runs {@code steps} training steps on the lesson thread, then draws the frame on the FX thread. */
    private void advance(int steps) {
        inFlight = true;
        context.background().execute(() -> {
            if (gan == null) {
                Platform.runLater(() -> inFlight = false);
                return;
            }
            for (int i = 0; i < steps; i++) {
                gan.step();
            }
            ToyGan.Frame frame = gan.frame();
            Platform.runLater(() -> show(frame));
        });
    }

    private void show(ToyGan.Frame frame) {
        inFlight = false;
        shown = frame;
        draw(frame);
        long now = System.nanoTime();
        frameTimes.addLast(now);
        while (frameTimes.size() > 30) {
            frameTimes.removeFirst();
        }
        double seconds = (now - frameTimes.getFirst()) / 1e9;
        Locale locale = Texts.locale();
        String rate = playing && frameTimes.size() > 5 && seconds > 0
                ? Texts.get("plane.rate", String.format(locale, "%.0f", (frameTimes.size() - 1) / seconds)) : "";
        stats.setText(frame.step() == 0 ? Texts.get("plane.stepZero", Texts.shortcut("key.plane.play"), Texts.shortcut("key.plane.step"))
                : Texts.get("plane.stats", String.format(locale, "%,d", frame.step()), rate,
                        String.format(locale, "%.3f", frame.discriminatorLoss()),
                        String.format(locale, "%.3f", frame.generatorLoss())));
    }

    /** When the last frames were shown, for the frames-per-second figure. */
    private final java.util.ArrayDeque<Long> frameTimes = new java.util.ArrayDeque<>();

    private void draw(ToyGan.Frame frame) {
        int[] argb = new int[ToyGan.HEAT * ToyGan.HEAT];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = verdictColour(frame.heat()[i]);
        }
        heat.getPixelWriter().setPixels(0, 0, ToyGan.HEAT, ToyGan.HEAT, PixelFormat.getIntArgbInstance(), argb, 0,
                ToyGan.HEAT);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        g.scale(zoom(), zoom()); // everything below is drawn in the PLOT x PLOT square
        g.setImageSmoothing(true);
        g.drawImage(heat, 0, 0, PLOT, PLOT);
        g.setFill(Color.web("#2e7d32"));
        for (int i = 0; i < frame.real().length / 2; i++) {
            g.fillOval(toPixel(frame.real()[2 * i]) - 2, toPixelY(frame.real()[2 * i + 1]) - 2, 4, 4);
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        float[] push = frame.push();
        for (int i = 0; i < frame.fake().length / 2; i++) {
            double x = toPixel(frame.fake()[2 * i]);
            double y = toPixelY(frame.fake()[2 * i + 1]);
            double length = Math.hypot(push[2 * i], push[2 * i + 1]);
            if (length > 1e-9) {
                double scale = 14 * Math.min(1, length * 4) / length; // longer strokes for stronger pushes
                g.strokeLine(x, y, x + push[2 * i] * scale, y - push[2 * i + 1] * scale);
            }
        }
        g.setFill(Color.web("#e07b00"));
        for (int i = 0; i < frame.fake().length / 2; i++) {
            g.fillOval(toPixel(frame.fake()[2 * i]) - 2.5, toPixelY(frame.fake()[2 * i + 1]) - 2.5, 5, 5);
        }
        g.setStroke(Color.gray(0.4));
        g.strokeRect(0.5, 0.5, PLOT - 1, PLOT - 1);
        g.restore();
    }

    /** The plot's size against its desk size: the type's size against the desk's 15 px, from 1 to 1.8. */
    private double zoom() {
        return Math.max(1, Math.min(1.8, stats.getFont().getSize() / 15));
    }

    /** Purple (D: "fake", 0) through white (0.5: cannot tell) to green (D: "real", 1). */
    static int verdictColour(float p) {
        double t = Math.max(0, Math.min(1, p));
        double[] fake = {0.55, 0.42, 0.75};
        double[] real = {0.55, 0.8, 0.55};
        double[] end = t < 0.5 ? fake : real;
        double w = Math.abs(t - 0.5) * 2;
        int r = (int) Math.round(255 * (1 - w + w * end[0]));
        int gr = (int) Math.round(255 * (1 - w + w * end[1]));
        int b = (int) Math.round(255 * (1 - w + w * end[2]));
        return 0xff000000 | (r << 16) | (gr << 8) | b;
    }

    private static double toPixel(float x) {
        return (x / ToyGan.EXTENT + 1) / 2 * PLOT;
    }

    private static double toPixelY(float y) {
        return (1 - (y / ToyGan.EXTENT + 1) / 2) * PLOT;
    }

    /** For tests: the last frame drawn. */
    ToyGan.Frame shownFrame() {
        return shown;
    }
}
