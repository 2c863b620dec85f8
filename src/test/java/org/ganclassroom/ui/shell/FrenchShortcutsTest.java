package org.ganclassroom.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.ui.training.TestTraining;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the French window the labs', the walkthrough's and the dock's keys are French ones, shown on their buttons:
 * E, L, P, V, and S/R/L in the walkthrough.
 */
class FrenchShortcutsTest extends ApplicationTest {

    @TempDir
    Path userData;

    private MainWindow window;

    /** Its threads and timers end before the test's folder is deleted (a late progress write failed a cleanup). */
    @AfterEach
    void releaseTheWindow() {
        if (window != null) {
            interact(() -> window.release());
        }
    }

    @Override
    public void start(Stage stage) {
        System.setProperty("ganclassroom.lang", "fr");
        window = new MainWindow(stage, Path.of("lessons"), userData, TestTraining.setup());
        window.show();
    }

    @AfterEach
    void back() {
        System.clearProperty("ganclassroom.lang");
        Texts.use("en");
    }

    private void open(String lessonId) {
        int index = window.model().lessons().stream().map(e -> e.id()).toList().indexOf(lessonId);
        assertTrue(index >= 0, lessonId + " is in the French course");
        interact(() -> window.model().select(index));
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
    }

    @Test
    void distributionLabStepsWithEAndPlaysWithL() throws Exception {
        open("10c-watch-two-distributions");
        waitUntil(() -> text("#lab-stats").startsWith("Étape 0"));
        assertTrue(text("#lab-stats").contains("Lecture (L) ou Une étape (E)"), text("#lab-stats"));
        assertEquals("Lecture  (L)", lookup("#lab-play").queryAs(Button.class).getText());
        type(KeyCode.E);
        waitUntil(() -> text("#lab-stats").startsWith("Étape 1."));
        type(KeyCode.L);
        waitUntil(() -> lookup("#lab-play").queryAs(Button.class).getText().equals("Pause  (L)"));
        type(KeyCode.L);
        waitUntil(() -> lookup("#lab-play").queryAs(Button.class).getText().equals("Lecture  (L)"));
        assertEquals("Réinitialiser  (R)", lookup("#lab-reset").queryAs(Button.class).getText());
        type(KeyCode.R);
        waitUntil(() -> text("#lab-stats").startsWith("Étape 0"));
    }

    @Test
    void latentLabClearsItsGroupsWithV() throws Exception {
        open("13-walk-the-latent-space");
        waitUntil(() -> lookup("#pool-11").tryQuery().isPresent());
        assertEquals("Vider les groupes  (V)", lookup("#lab-clear-groups").queryAs(Button.class).getText());
        assertEquals("Nouveaux faux  (N)", lookup("#lab-new-fakes").queryAs(Button.class).getText());
        type(KeyCode.A, KeyCode.DIGIT1, KeyCode.K, KeyCode.ENTER);
        javafx.scene.layout.HBox groupA = lookup("#lab-strip-a").queryAs(javafx.scene.layout.HBox.class);
        waitUntil(() -> groupA.getChildren().size() == 1);
        type(KeyCode.C);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(1, groupA.getChildren().size(), "C is not the French clear key");
        type(KeyCode.V);
        waitUntil(() -> groupA.getChildren().isEmpty());
    }

    @Test
    void walkthroughGoesOnWithSBackWithRAndThroughTheAlgorithmWithL() throws Exception {
        open("11-loss-walkthrough");
        assertEquals("Étape suivante  (S) ▶", lookup("#walkthrough-next").queryAs(Button.class).getText());
        assertEquals("◀ Retour  (R)", lookup("#walkthrough-back").queryAs(Button.class).getText());
        waitUntil(() -> text("#walkthrough-counter").startsWith("Étape 1 sur"));
        type(KeyCode.N);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertTrue(text("#walkthrough-counter").startsWith("Étape 1 sur"), "N is not the French next key");
        type(KeyCode.S);
        waitUntil(() -> text("#walkthrough-counter").startsWith("Étape 2 sur"));
        type(KeyCode.R);
        waitUntil(() -> text("#walkthrough-counter").startsWith("Étape 1 sur"));
        assertTrue(lookup("#algorithm-next").queryAs(Button.class).getText().endsWith("(L)"));
        type(KeyCode.L);
        waitUntil(() -> lookup("#algorithm-current").tryQuery().isPresent());
    }

    @Test
    void latentLabWalksWithPAndTogglesTheSphericalPathWithS() throws Exception {
        open("13-walk-the-latent-space");
        ToggleButton walk = lookup("#lab-walk-mode").queryAs(ToggleButton.class);
        assertEquals("Promenade  (P)", walk.getText());
        type(KeyCode.A);
        waitUntil(() -> !walk.isSelected());
        type(KeyCode.P);
        waitUntil(walk::isSelected);
        CheckBox spherical = lookup("#lab-spherical").queryAs(CheckBox.class);
        boolean before = spherical.isSelected();
        type(KeyCode.S);
        waitUntil(() -> spherical.isSelected() != before);
    }

    @Test
    void theDockStepsWithEAndNamesItsPresetInFrench() throws Exception {
        waitUntil(() -> window.trainingPanel().trainer().isPresent());
        var trainer = window.trainingPanel().trainer().orElseThrow();
        assertTrue(lookup("#step-both").queryAs(Button.class).getTooltip().getText().endsWith("(E)"));
        type(KeyCode.S);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(0, trainer.latest().step(), "S is not the French step key");
        type(KeyCode.E);
        waitUntil(() -> trainer.latest().step() == 1);
        assertFalse(Texts.get("preset.classroom").equals("classroom"));
    }
}
