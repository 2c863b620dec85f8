package org.ganclassroom.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.ganclassroom.gan.GanTrainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the panel's real controls against the real engine (tiny networks). */
class TrainingPanelTest extends ApplicationTest {

    @TempDir
    Path temp;

    private TrainingPanel panel;
    private javafx.scene.control.ScrollPane scroll;

    @Override
    public void start(Stage stage) {
        panel = new TrainingPanel(TestTraining.setup());
        scroll = new javafx.scene.control.ScrollPane(panel);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 700, 1000));
        stage.show();
        panel.startEngine();
    }

    @AfterEach
    void closePanel() {
        panel.close();
    }

    private GanTrainer trainer() throws Exception {
        waitUntil(() -> panel.trainer().isPresent());
        return panel.trainer().orElseThrow();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The lower controls (settings, time-lapse) are below the fold, as in the dock: scroll like a user. */
    private void scrollToBottom() {
        interact(() -> scroll.setVvalue(1.0));
    }

    /** Presses Step {@code times}, each time waiting for the step to land. */
    private void clickStep(GanTrainer trainer, int times) throws Exception {
        long start = trainer.latest().step();
        for (int i = 1; i <= times; i++) {
            clickOn("#step-both");
            long expected = start + i;
            waitUntil(() -> trainer.latest().step() == expected);
        }
    }

    private Image shownGrid() {
        return lookup("#sample-grid").queryAs(ImageView.class).getImage();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void startTrainsAndTheGridChartsAndCountersMove() throws Exception {
        GanTrainer trainer = trainer();
        waitUntil(() -> shownGrid() != null);
        Image before = shownGrid();

        clickOn("#start-pause");
        waitUntil(() -> trainer.latest().step() >= 12);
        waitUntil(() -> shownGrid() != before && panel.chartPointCount() > 8);
        assertEquals("Pause", lookup("#start-pause").queryAs(Button.class).getText());
        assertFalse(text("#counter-step").equals("0"));
        assertTrue(text("#grid-caption").contains("step"));

        clickOn("#start-pause");
        waitUntil(() -> trainer.state() == GanTrainer.State.PAUSED);
        waitUntil(() -> lookup("#start-pause").queryAs(Button.class).getText().equals("Resume"));
    }

    @Test
    void stepButtonsTrainOneStepEach() throws Exception {
        GanTrainer trainer = trainer();
        clickOn("#step-both");
        waitUntil(() -> trainer.latest().step() == 1);
        clickOn("#step-d");
        waitUntil(() -> trainer.latest().step() == 2 && !trainer.latest().lastStep().trainedG());
        clickOn("#step-g");
        waitUntil(() -> trainer.latest().step() == 3 && !trainer.latest().lastStep().trainedD());
        waitUntil(() -> text("#counter-step").equals("3"));
        // The shipped MNIST judge scores each new grid's 64 fakes.
        waitUntil(() -> text("#judge-score").matches("The judge recognises \\d+% of the 64 fakes \\(step 3\\)"));
        assertEquals(1, lookup("#judge-histogram").queryAs(javafx.scene.chart.BarChart.class).getData().size());
    }

    @Test
    void resetAsksFirstAndOnlyResetsWhenConfirmed() throws Exception {
        GanTrainer trainer = trainer();
        clickOn("#step-both");
        waitUntil(() -> trainer.latest().step() == 1);

        clickOn("#reset");
        clickOn("Cancel");
        Thread.sleep(200);
        assertEquals(1, trainer.latest().step(), "cancelled: nothing reset");

        clickOn("#reset");
        clickOn("OK");
        waitUntil(() -> trainer.latest().step() == 0);
        waitUntil(() -> text("#counter-step").equals("0"));
    }

    @Test
    void learningRateAndBatchApplyWithoutAReset() throws Exception {
        GanTrainer trainer = trainer();
        scrollToBottom();
        doubleClickOn("#learning-rate").eraseText(20).write("0.0005").type(javafx.scene.input.KeyCode.ENTER);
        interact(() -> panel.step(org.ganclassroom.gan.GanModel.StepKind.BOTH));
        waitUntil(() -> trainer.latest().step() == 1);
        assertEquals(0.0005, trainer.withModel(m -> m.generatorLearningRate()));

        doubleClickOn("#learning-rate").eraseText(20).write("fast").type(javafx.scene.input.KeyCode.ENTER);
        assertTrue(panel.statusText().contains("is not a learning rate"), panel.statusText());
        assertEquals(0.0005, trainer.latest().learningRate());
    }

    @Test
    void saveThenLoadRestoresTheRun() throws Exception {
        GanTrainer trainer = trainer();
        clickStep(trainer, 3);
        Path file = temp.resolve("run.zip");
        interact(() -> panel.saveCheckpoint(file));
        waitUntil(() -> Files.isRegularFile(file) && panel.statusText().startsWith("Saved"));

        clickOn("#reset");
        clickOn("OK");
        waitUntil(() -> trainer.latest().step() == 0);

        interact(() -> panel.loadCheckpoint(file));
        waitUntil(() -> trainer.latest().step() == 3 && panel.statusText().startsWith("Loaded"));
    }

    @Test
    void corruptCheckpointShowsAMessageAndChangesNothing() throws Exception {
        GanTrainer trainer = trainer();
        clickOn("#step-both");
        waitUntil(() -> trainer.latest().step() == 1);
        var before = trainer.latest();
        Path bogus = Files.writeString(temp.resolve("broken.zip"), "not a checkpoint");

        interact(() -> panel.loadCheckpoint(bogus));
        waitUntil(() -> panel.statusText().startsWith("Nothing was changed."));

        assertTrue(panel.statusText().contains("not a GAN Classroom checkpoint"), panel.statusText());
        assertEquals(1, trainer.latest().step());
        assertEquals(before.grid(), trainer.latest().grid());
    }

    @Test
    void timelapseScrubsBackToAnEarlierGrid() throws Exception {
        GanTrainer trainer = trainer();
        clickStep(trainer, 4);
        waitUntil(() -> text("#grid-caption").contains("step 4"));
        Image live = shownGrid();
        interact(() -> lookup("#timelapse-slider").queryAs(javafx.scene.control.Slider.class).setValue(0));
        assertTrue(text("#grid-caption").contains("step 0"), text("#grid-caption"));
        assertNotSame(live, shownGrid());
        scrollToBottom();
        clickOn("#timelapse-live");
        interact(() -> scroll.setVvalue(0));
        clickOn("#step-both");
        waitUntil(() -> text("#grid-caption").contains("step 5"));
    }

    @Test
    void loadingAClothesGeneratorSwitchesToClothesAndTheirJudge() throws Exception {
        GanTrainer trainer = trainer();
        waitUntil(() -> panel.statusText().startsWith("Ready"));
        Path shipped = Path.of("sample-data/checkpoints/fashion-3-fully-trained.zip");

        interact(() -> panel.loadCheckpoint(shipped));
        waitUntil(() -> panel.statusText().startsWith("Loaded"));

        assertTrue(panel.statusText().contains("Fashion-MNIST"), panel.statusText());
        assertEquals("fashion", trainer.datasetName(), "it goes on training on clothes, not digits");
        @SuppressWarnings("unchecked")
        var choice = (javafx.scene.control.ComboBox<String>) lookup("#dataset-choice").query();
        assertTrue(choice.getValue().startsWith("Fashion"), choice.getValue());
        waitUntil(() -> listWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && (w.getScene().getRoot().getStyleClass().contains("gc-notice")
                        || !w.getScene().getRoot().lookupAll(".gc-notice").isEmpty())));
    }

    @Test
    void loadAsksBeforeReplacingARunWithStepsAsResetDoes() throws Exception {
        GanTrainer trainer = trainer();
        waitUntil(() -> panel.statusText().startsWith("Ready"));
        Path shipped = Path.of("sample-data/checkpoints/mnist-1-after-1-minute.zip");
        clickStep(trainer, 2);
        javafx.application.Platform.runLater(() -> panel.requestLoad(shipped)); // the dialog waits for an answer
        waitUntil(() -> lookup("Cancel").tryQuery().isPresent());
        clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, trainer.latest().step(), "cancelled: the class's run stays");
        javafx.application.Platform.runLater(() -> panel.requestLoad(shipped));
        waitUntil(() -> lookup("OK").tryQuery().isPresent());
        clickOn("OK");
        waitUntil(() -> panel.statusText().startsWith("Loaded"));
        assertTrue(trainer.latest().step() > 2, "confirmed: the shipped generator replaced it");
    }

    @Test
    void liveReturnsToTheNewestGridAtOnceWhilePaused() throws Exception {
        GanTrainer trainer = trainer();
        clickStep(trainer, 3);
        waitUntil(() -> text("#grid-caption").contains("step 3"));
        interact(() -> lookup("#timelapse-slider").queryAs(javafx.scene.control.Slider.class).setValue(0));
        assertTrue(text("#grid-caption").contains("time-lapse"), text("#grid-caption"));
        scrollToBottom();
        clickOn("#timelapse-live");
        assertTrue(text("#grid-caption").contains("step 3") && !text("#grid-caption").contains("time-lapse"),
                text("#grid-caption"));
    }

    @Test
    void garbageInTheSettingsFieldsIsToldAndChangesNothing() throws Exception {
        GanTrainer trainer = trainer();
        waitUntil(() -> panel.statusText().startsWith("Ready"));
        double rate = trainer.latest().learningRate();
        int batch = trainer.latest().batchSize();
        scrollToBottom();
        for (String bad : new String[] {"abc", "-5", "1e9", "0"}) {
            var field = lookup("#learning-rate").queryAs(javafx.scene.control.TextField.class);
            interact(() -> field.setText(bad));
            interact(() -> field.fireEvent(new javafx.event.ActionEvent()));
            assertTrue(panel.statusText().startsWith("'" + bad + "' is not a learning rate"), panel.statusText());
            assertEquals(Double.toString(rate), field.getText(), "the field shows the rate in use again");
        }
        @SuppressWarnings("unchecked")
        var spinner = (javafx.scene.control.Spinner<Integer>) lookup("#batch-size").query();
        interact(() -> spinner.getEditor().requestFocus());
        interact(() -> spinner.getEditor().setText("xyz"));
        type(javafx.scene.input.KeyCode.ENTER);
        assertTrue(panel.statusText().startsWith("'xyz' is not a batch size"), panel.statusText());
        assertEquals(String.valueOf(batch), spinner.getEditor().getText());
        assertEquals(batch, trainer.latest().batchSize());
        assertEquals(rate, trainer.latest().learningRate());
    }
}
