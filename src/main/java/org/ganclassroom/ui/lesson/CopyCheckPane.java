package org.ganclassroom.ui.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.gan.Checkpoint;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.judge.CopyCheck;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonAssets;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.ui.markdown.MarkdownView;

/**
 * The copy check: 16 fakes from a generator the student picks (a shipped one or the dock's live one); the
 * fake chosen (a click, or the arrow keys) is shown beside its 4 nearest training images and read against
 * the yardstick, how near real test digits come to theirs ({@link CopyCheck}). The training and test sets,
 * the yardstick and each set of fakes' neighbours are computed on the window's lesson thread; choosing
 * another fake only redraws. Keys: J/K the previous/next fake, N new fakes.
 */
final class CopyCheckPane extends LessonPage implements KeyboardLesson {

    static final int FAKES = 16;
    private static final int COLUMNS = 4;
    private static final double CELL = 56;
    /** The shipped file of each generator choice, after the dataset's name. */
    private static final List<String> FILES = List.of("-1-after-1-minute.zip", "-2-after-10-minutes.zip",
            "-3-fully-trained.zip", "-5-collapsed.zip");

    private final Lesson.CopyCheck lesson;
    private final LessonContext context;
    private final ComboBox<String> generator = new ComboBox<>();
    private final TilePane fakesGrid = new TilePane(4, 4);
    /** A flow, so at 1024x768 the fourth neighbour wraps instead of running under the column's edge. */
    private final FlowPane neighbours = new FlowPane(8, 6);
    private final Label verdict = new Label();
    private final Label status = new Label();
    /** The generator choices on offer (indices into FILES), then the live generator if training has run. */
    private final List<Integer> shippedChoices = new ArrayList<>();
    private boolean liveOffered;
    private long seed;
    private int selected;
    /** Made on the lesson thread, read on the FX thread once published. */
    private volatile CopyCheck check;
    private CopyCheck.Inspection inspection;
    private boolean busy;
    private final VBox activity;

    CopyCheckPane(Lesson.CopyCheck lesson, LessonContext context, LessonAssets assets) {
        super("copy-check-pane", Texts.get("kind.copyCheck"), lesson.title());
        this.lesson = lesson;
        this.context = context;
        this.seed = lesson.seed();
        generator.setId("copy-generator");
        for (int i = 0; i < FILES.size(); i++) {
            if (i < 3 || lesson.dataset().equals(Datasets.MNIST)) {
                shippedChoices.add(i);
                generator.getItems().add(Texts.get("copy.generator." + Lesson.CopyCheck.GENERATORS.get(i)));
            }
        }
        Optional<GanTrainer> live = context.trainer().get();
        if (live.isPresent() && live.get().nativeEngine() && live.get().latest().step() > 0) {
            liveOffered = true;
            generator.getItems().add(Texts.get("copy.generator.live", String.format(Texts.locale(), "%,d", live.get().latest().step())));
        }
        generator.getSelectionModel().select(Math.max(0, Lesson.CopyCheck.GENERATORS.indexOf(lesson.generator())));
        generator.setOnAction(e -> drawFakes());
        Button newFakes = new Button(Texts.get("copy.newFakes", Texts.shortcut("key.copy.new")));
        newFakes.setId("copy-new");
        newFakes.setOnAction(e -> newFakes());
        fakesGrid.setId("copy-fakes");
        fakesGrid.setPrefColumns(COLUMNS);
        neighbours.setId("copy-neighbours");
        neighbours.setAlignment(Pos.CENTER_LEFT);
        verdict.setId("copy-verdict");
        verdict.setWrapText(true);
        status.setId("copy-status");
        status.setWrapText(true);
        status.getStyleClass().add("lesson-note");
        FlowPane controls = new FlowPane(8, 6, generator, newFakes);
        controls.setAlignment(Pos.CENTER_LEFT);
        newFakes.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        Label nearestHeading = new Label(Texts.get("copy.nearestHeading"));
        nearestHeading.getStyleClass().add("lesson-note");
        nearestHeading.setWrapText(true);
        Label keys = new Label(Texts.get("copy.keys", Texts.shortcut("key.copy.new"), Texts.shortcut("key.copy.previous"),
                Texts.shortcut("key.copy.next")));
        keys.setWrapText(true);
        keys.getStyleClass().add("lesson-note");
        activity = new VBox(8, controls, fakesGrid, keys, nearestHeading, neighbours, verdict, status);
        activity.setMaxWidth(COLUMNS * (CELL + 4) * 2.2);
        add(new SideBySide(new MarkdownView(lesson.intro(), assets), activity, () -> status.getFont().getSize()));
        drawFakes();
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        KeyCode code = event.getCode();
        String typed = code.isLetterKey() ? code.getChar() : "";
        if (Texts.isShortcut(typed, "key.copy.new")) {
            newFakes();
            return true;
        }
        // J/K, not the arrows: Left/Right stay the clicker's previous and next lesson
        int move = Texts.isShortcut(typed, "key.copy.previous") ? -1 : Texts.isShortcut(typed, "key.copy.next") ? 1 : 0;
        if (move == 0 || inspection == null) {
            return false;
        }
        select(Math.floorMod(selected + move, inspection.count()));
        return true;
    }

    private void newFakes() {
        seed++;
        drawFakes();
    }

    /** Draws 16 fakes with the chosen generator and finds their neighbours, on the lesson thread. */
    private void drawFakes() {
        if (busy) {
            return;
        }
        busy = true;
        int choice = generator.getSelectionModel().getSelectedIndex();
        boolean useLive = liveOffered && choice == shippedChoices.size();
        Path file = useLive ? null : context.shippedCheckpoints()
                .resolve(lesson.dataset() + FILES.get(shippedChoices.get(Math.max(0, choice))));
        Optional<GanTrainer> live = context.trainer().get();
        long drawSeed = seed;
        status.setText(check == null ? Texts.get("copy.preparing") : Texts.get("copy.looking"));
        context.background().execute(() -> {
            try {
                if (check == null) {
                    Datasets datasets = context.datasets();
                    check = CopyCheck.of(datasets.training(lesson.dataset()), datasets.test(lesson.dataset()));
                }
                float[] fakes = useLive ? live.orElseThrow().withModel(model -> model.generate(FAKES, drawSeed))
                        : Checkpoint.load(file).generate(FAKES, drawSeed);
                CopyCheck.Inspection found = check.inspect(fakes, FAKES);
                Platform.runLater(() -> show(found));
            } catch (Exception | Error failed) {
                String why = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
                Platform.runLater(() -> {
                    busy = false;
                    status.setText("⚠ " + Texts.get("copy.failed", why));
                });
            }
        });
    }

    private void show(CopyCheck.Inspection found) {
        busy = false;
        inspection = found;
        status.setText(Texts.get("copy.yardstick", String.format(Texts.locale(), "%,d", check.realsMeasured()),
                String.format(Texts.locale(), "%.2f", check.yardstickMedian())));
        fakesGrid.getChildren().clear();
        activity.setMaxWidth(COLUMNS * (CELL + 4) * 2.2 * zoom()); // presenter type: larger pictures, a wider lab
        for (int i = 0; i < found.count(); i++) {
            int index = i;
            StackPane cell = new StackPane(Pictures.view(found.fakes(), i, CELL * zoom()));
            cell.getStyleClass().add("copy-fake");
            cell.setOnMouseClicked(e -> select(index));
            fakesGrid.getChildren().add(cell);
        }
        select(0);
    }

    private void select(int index) {
        if (inspection == null) {
            return;
        }
        selected = index;
        for (int i = 0; i < fakesGrid.getChildren().size(); i++) {
            fakesGrid.getChildren().get(i).getStyleClass().remove("selected");
        }
        fakesGrid.getChildren().get(index).getStyleClass().add("selected");
        var match = inspection.matches()[index];
        neighbours.getChildren().clear();
        neighbours.getChildren().add(captioned(Pictures.view(inspection.fakes(), index, CELL * 1.4 * zoom()),
                Texts.get("copy.thisFake")));
        for (int k = 0; k < match.trainingIndices().length; k++) {
            ImageView picture = Pictures.view(check.trainingImage(match.trainingIndices()[k]), 0, CELL * 1.4 * zoom());
            neighbours.getChildren().add(captioned(picture,
                    String.format(Texts.locale(), "%.2f", match.distances()[k])));
        }
        int farther = check.percentOfRealsFartherThan(match.nearest());
        verdict.setText(Texts.get("copy.verdict", String.format(Texts.locale(), "%.2f", match.nearest()), farther)
                + " " + Texts.get(farther >= 95 ? "copy.verdict.look" : "copy.verdict.new"));
    }

    /** The pictures grow with the type (presenter mode, the UI scale), as the 2-D lab's plot does. */
    private double zoom() {
        return Math.max(1, Math.min(1.8, status.getFont().getSize() / 15));
    }

    private static VBox captioned(ImageView picture, String caption) {
        Label label = new Label(caption);
        label.getStyleClass().add("lesson-note");
        VBox box = new VBox(2, picture, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** For tests: the fakes' neighbours, once found. */
    CopyCheck.Inspection inspection() {
        return inspection;
    }
}
