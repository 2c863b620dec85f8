package org.ganclassroom.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ganclassroom.lesson.LessonFiles;
import org.ganclassroom.settings.ShellSettings;
import org.ganclassroom.ui.training.TestTraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest extends ApplicationTest {

    @TempDir
    Path temp;

    private Path lessons;
    private Path userData;
    private Stage stage;
    private MainWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        lessons = Files.createDirectories(temp.resolve("lessons"));
        userData = Files.createDirectories(temp.resolve("user"));
        LessonFiles.write(lessons, "01-intro.yaml", LessonFiles.GOOD_CONCEPT);
        LessonFiles.write(lessons, "02-broken.yaml", "kind: concept\ntitle: Half written\nbody: text\nimage: x.png\n");
        LessonFiles.write(lessons, "03-quiz.yaml", """
                kind: true-false
                title: Review quiz
                questions:
                  - statement: The discriminator creates fake data.
                    answer: false
                    explain: The generator creates the fakes.
                """);
        window = new MainWindow(stage, lessons, userData, TestTraining.setup());
        window.show();
    }

    private String shownTitle() {
        return lookup("#lesson-host #lesson-title").queryAs(Label.class).getText();
    }

    private int currentIndex() {
        return window.model().currentIndexProperty().get();
    }

    @Test
    void windowShowsNavigatorAndRenderedConceptLesson() {
        assertEquals("GAN Classroom", stage.getTitle());
        ListView<?> navigator = lookup("#lesson-navigator").queryListView();
        assertEquals(3, navigator.getItems().size());
        assertEquals("What is a GAN?", shownTitle());
        // The Markdown body is rendered: "game" is its own bold text run, not literal asterisks.
        assertTrue(lookup("#concept-pane .md-strong").queryAll().stream()
                .anyMatch(n -> ((Text) n).getText().equals("game")));
        assertTrue(lookup("#concept-pane .check-prompt").queryAll().size() == 1);
        assertTrue(lookup("#training-panel").tryQuery().isPresent());
    }

    @Test
    void arrowAndPageKeysMoveBetweenLessons() {
        type(KeyCode.RIGHT);
        assertEquals(1, currentIndex());
        type(KeyCode.PAGE_DOWN);
        assertEquals(2, currentIndex());
        assertEquals("Review quiz", shownTitle());
        type(KeyCode.PAGE_DOWN); // already last: stays
        assertEquals(2, currentIndex());
        type(KeyCode.PAGE_UP);
        type(KeyCode.LEFT);
        assertEquals(0, currentIndex());
    }

    @Test
    void lessonsPassedThroughQuicklyAreNotTickedOpened() throws Exception {
        waitUntil(() -> window.model().openedLessons().contains("01-intro"));
        type(KeyCode.RIGHT, KeyCode.RIGHT); // a held Right key: lesson 2 is on screen for a moment only
        waitUntil(() -> window.model().openedLessons().contains("03-quiz"));
        assertFalse(window.model().openedLessons().contains("02-broken"));
        assertFalse(window.progress().opened().contains("02-broken"));
    }

    @Test
    void toolbarButtonsMoveAndDisableAtTheEnds() {
        assertTrue(lookup("#previous-lesson").queryButton().isDisabled());
        clickOn("#next-lesson");
        clickOn("#next-lesson");
        assertEquals(2, currentIndex());
        assertTrue(lookup("#next-lesson").queryButton().isDisabled());
        clickOn("#previous-lesson");
        assertEquals(1, currentIndex());
    }

    @Test
    void clickingALessonInTheNavigatorOpensIt() {
        clickOn((Node n) -> n instanceof ListCell<?> cell && cell.getText() != null
                && cell.getText().endsWith("3. Review quiz"));
        assertEquals("Review quiz", shownTitle());
        assertTrue(lookup("#true-false-pane").tryQuery().isPresent());
    }

    @Test
    void brokenLessonShowsFileLineAndProblem() {
        type(KeyCode.RIGHT);
        assertTrue(lookup("#broken-lesson-pane").tryQuery().isPresent());
        assertEquals("Half written", shownTitle());
        Label problem = lookup(".lesson-problem").queryAs(Label.class);
        assertEquals(lessons.resolve("02-broken.yaml").toAbsolutePath().normalize() + ":4: unknown field 'image'"
                + " in a concept lesson; allowed fields: kind, title, body, check, notes, minutes, paths, formerly", problem.getText());
    }

    @Test
    void aConceptPagesCheckIsAnsweredSavedAndShownAgainOnReturn() throws Exception {
        interact(() -> lookup("#check-1 .check-choice-button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().equals("False")).findFirst().orElseThrow().fire());
        Label feedback = lookup("#check-1 .check-answer").queryAs(Label.class);
        assertTrue(feedback.getText().startsWith("Not quite. The answer is True."), feedback.getText());
        assertTrue(lookup("#check-1 .chosen").queryAs(javafx.scene.control.Button.class).getText().equals("False"));
        assertTrue(lookup("#check-1 .correct-choice").queryAs(javafx.scene.control.Button.class).getText().equals("True"));
        try (var store = new org.ganclassroom.quiz.ProgressStore(userData)) {
            assertEquals(new org.ganclassroom.quiz.Progress.Score(0, 1), store.load().score("01-intro"),
                    "the answer counts in My results");
        }

        type(KeyCode.RIGHT);
        type(KeyCode.LEFT);
        assertTrue(lookup("#check-1 .check-answer").queryAs(Label.class).getText().startsWith("Not quite."),
                "the answer is shown again on return");
    }

    @Test
    void onA1024WideScreenReloadStepsAsideSoPresenterStaysOnTheBar() {
        interact(() -> stage.setWidth(1024));
        assertFalse(lookup("#reload-lessons").query().isVisible());
        assertTrue(lookup("#presenter-toggle").query().isVisible());
        assertTrue(lookup("#course-summary").query().isVisible(), "My results stays on the bar at 1024");
        WaitForAsyncUtils.waitForFxEvents();
        Node presenter = lookup("#presenter-toggle").query();
        assertTrue(presenter.localToScene(presenter.getBoundsInLocal()).getMaxX()
                <= lookup("#toolbar").query().getLayoutBounds().getWidth(), "Presenter is not behind the » menu");
        interact(() -> stage.setWidth(1280));
        assertTrue(lookup("#reload-lessons").query().isVisible());
    }

    /** Which toolbar buttons show, as ids. */
    private List<String> toolbarShown() {
        return lookup("#toolbar").queryAs(javafx.scene.control.ToolBar.class).getItems().stream()
                .filter(Node::isVisible).map(n -> String.valueOf(n.getId())).toList();
    }

    @Test
    void changingTheTextSizeAndBackGivesTheLayoutOfAFreshStartWithoutARestart() {
        interact(() -> stage.setWidth(1024));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> fresh = toolbarShown();
        var settings = org.ganclassroom.settings.InstructorSettings.load(userData);
        for (double scale : new double[] {1.5, 1.25}) {
            interact(() -> window.applySettings(new org.ganclassroom.settings.InstructorSettings(settings.dataFolder(),
                    settings.defaultDataset(), settings.defaultPreset(), settings.trainingThreads(), scale,
                    settings.language())));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(toolbarShown().containsAll(List.of("dock-toggle", "presenter-toggle")),
                    "Training and Presenter stay on the bar at " + scale + ": " + toolbarShown());
            Node presenter = lookup("#presenter-toggle").query();
            assertTrue(presenter.localToScene(presenter.getBoundsInLocal()).getMaxX() <= stage.getScene().getWidth(),
                    "and inside the window at " + scale);
        }
        interact(() -> window.applySettings(settings));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fresh, toolbarShown(), "back at 100%, the bar of a fresh start");
        type(KeyCode.F5);
        type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fresh, toolbarShown(), "and after presenter mode too");
    }

    @Test
    void atALaptopsScaleOf150PercentTheDeskButtonsFoldIntoMoreAndNothingOverflows() {
        interact(() -> stage.setWidth(850)); // a 1280-wide laptop at 150%
        assertFalse(lookup("#course-summary").query().isVisible());
        assertFalse(lookup("#lesson-navigator").query().isVisible(), "Previous, Next and 2 / 20 do its job");
        var more = lookup("#toolbar-more").queryAs(javafx.scene.control.MenuButton.class);
        assertTrue(more.isVisible());
        assertEquals(List.of("My results", "Reset my progress…", "Settings…", "Class…", "Reload lessons"),
                more.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList());
        WaitForAsyncUtils.waitForFxEvents();
        Node toolbar = lookup("#toolbar").query();
        Node presenter = lookup("#presenter-toggle").query();
        double right = presenter.localToScene(presenter.getBoundsInLocal()).getMaxX();
        assertTrue(presenter.isVisible() && right <= toolbar.getLayoutBounds().getWidth(),
                "Presenter stays on the bar, not behind its overflow menu: " + right);
        interact(() -> stage.setWidth(1280));
        assertTrue(lookup("#course-summary").query().isVisible());
        assertTrue(lookup("#lesson-navigator").query().isVisible());
        assertFalse(more.isVisible());
    }

    @Test
    void f5TogglesPresenterMode() {
        Node root = lookup("#shell").query();
        var dock = lookup("#training-dock").queryAs(javafx.scene.control.ScrollPane.class);
        interact(() -> dock.setVvalue(1)); // scrolled down to the settings at the desk
        type(KeyCode.F5);
        assertEquals(0, dock.getVvalue(), "presenter mode shows the top of the dock: the grid");
        assertTrue(root.getStyleClass().contains("presenter"));
        assertTrue(stage.isFullScreen());
        assertFalse(lookup("#lesson-navigator").query().isVisible());
        assertTrue(lookup("#presenter-toggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        double presenterFont = lookup("#lesson-title").queryAs(Label.class).getFont().getSize();

        type(KeyCode.F5);
        assertFalse(root.getStyleClass().contains("presenter"));
        assertFalse(stage.isFullScreen());
        assertTrue(lookup("#lesson-navigator").query().isVisible());
        double normalFont = lookup("#lesson-title").queryAs(Label.class).getFont().getSize();
        assertTrue(presenterFont > normalFont * 1.4, presenterFont + " vs " + normalFont);
    }

    @Test
    void onAProjectorTheJudgeSitsUnderTheGridAndTheCurvesFillTheOtherColumn() {
        type(KeyCode.F5); // lesson 1 is a reading page: the dock stays
        assertTrue(lookup("#presenter-stage").tryQuery().isEmpty(), "an 800 px dock is one column");
        // a dock as wide as on a 1920 screen: the two-column form
        interact(() -> lookup(".split-pane").queryAs(javafx.scene.control.SplitPane.class).setDividerPositions(0.35));
        WaitForAsyncUtils.waitForFxEvents();
        Node judge = lookup("#judge-score").query();
        Node loss = lookup("#loss-chart").query();
        Node stage = lookup("#presenter-stage").query();
        javafx.scene.Parent gridColumn = judge.getParent();
        assertEquals(stage, gridColumn.getParent(), "the judge is in one of the stage's two columns");
        assertTrue(gridColumn.getChildrenUnmodifiable().stream().anyMatch(n -> n.lookup("#grid-caption") != null
                || "grid-caption".equals(n.getId())), "the judge's column is the grid's");
        javafx.scene.layout.Region chartColumn = (javafx.scene.layout.Region) loss.getParent();
        assertEquals(4, chartColumn.getChildrenUnmodifiable().size(),
                "the curves alone in theirs (loss, verdict, judge, Fréchet distance)");
        double charts = chartColumn.getChildrenUnmodifiable().stream()
                .mapToDouble(n -> n.getLayoutBounds().getHeight()).sum();
        assertTrue(charts >= chartColumn.getHeight() * 0.8, charts + " of " + chartColumn.getHeight());
        type(KeyCode.F5);
    }

    @Test
    void closingTheWindowStopsTheTrainingThread() throws Exception {
        waitForEngine();
        var trainer = window.trainingPanel().trainer().orElseThrow();
        type(KeyCode.SPACE);
        interact(stage::close);
        assertTrue(trainer.awaitClosed(30_000), "the training thread ended with the window");
    }

    @Test
    void spaceStartsAndPausesTrainingAndSSteps() throws Exception {
        waitForEngine();
        var trainer = window.trainingPanel().trainer().orElseThrow();
        type(KeyCode.S);
        waitUntil(() -> trainer.latest().step() == 1);
        type(KeyCode.SPACE);
        waitUntil(() -> trainer.state() == org.ganclassroom.gan.GanTrainer.State.RUNNING);
        type(KeyCode.SPACE);
        waitUntil(() -> trainer.state() == org.ganclassroom.gan.GanTrainer.State.PAUSED);
        assertEquals(0, currentIndex(), "Space and S do not move between lessons");
    }

    private void waitForEngine() throws Exception {
        waitUntil(() -> window.trainingPanel().trainer().isPresent());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void instructorSettingsScaleTheTextAndAreSaved() throws Exception {
        double before = lookup("#lesson-title").queryAs(Label.class).getFont().getSize();
        clickOn("#instructor-settings");
        interact(() -> lookup("#setting-ui-scale").<javafx.scene.control.ComboBox<String>>query().setValue("150%"));
        clickOn("Save");
        double after = lookup("#lesson-title").queryAs(Label.class).getFont().getSize();
        assertEquals(1.5, after / before, 0.01);
        assertEquals(1.5, org.ganclassroom.settings.InstructorSettings.load(userData).uiScale());
    }

    @Test
    void trainingDockCollapsesAndExpands() {
        assertTrue(lookup("#training-dock").tryQuery().isPresent());
        clickOn("#dock-toggle");
        assertFalse(lookup("#training-dock").tryQuery().isPresent());
        clickOn("#dock-toggle");
        assertTrue(lookup("#training-dock").tryQuery().isPresent());
    }

    @Test
    void reloadPicksUpAnEditedLessonAndStaysOnIt() throws Exception {
        type(KeyCode.RIGHT);
        LessonFiles.write(lessons, "02-broken.yaml", "kind: concept\ntitle: Now fixed\nbody: text\n");
        clickOn("#reload-lessons");
        assertEquals(1, currentIndex());
        assertEquals("Now fixed", shownTitle());
        assertTrue(lookup("#concept-pane").tryQuery().isPresent());
    }

    @Test
    void lastLessonAndOpenedTicksAreRememberedBetweenRuns() throws Exception {
        waitUntil(() -> window.model().openedLessons().contains("01-intro"));
        type(KeyCode.RIGHT);
        waitUntil(() -> window.model().openedLessons().contains("02-broken"));
        type(KeyCode.RIGHT);
        waitUntil(() -> window.model().openedLessons().contains("03-quiz"));
        AtomicReference<MainWindow> reopened = new AtomicReference<>();
        interact(() -> stage.close());
        interact(() -> {
            MainWindow second = new MainWindow(new Stage(), lessons, userData, TestTraining.setup());
            second.trainingPanel().close();
            reopened.set(second);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, reopened.get().model().currentIndexProperty().get());
        assertEquals(java.util.Set.of("01-intro", "02-broken", "03-quiz"), reopened.get().model().openedLessons());
        assertEquals(stage.getWidth(), ShellSettings.load(userData).windowPlacement().width());
    }

    @Test
    void aStudentJoinsAClassInTheAppAndAnswersByKeyboard() throws Exception {
        interact(() -> assertTrue(window.joinClass("javascript:alert(1)").startsWith("That is not an address")));
        interact(() -> assertTrue(window.joinClass("").startsWith("That is not an address")));
        assertTrue(window.studentWindow().isEmpty(), "nothing opened for a wrong address");

        // the instructor's class, on loopback in this same app; the student joins it by the projector's link
        System.setProperty("ganclassroom.classHost", "127.0.0.1");
        interact(() -> window.startClass());
        var classWindow = window.classWindow().orElseThrow();
        String link = "http://127.0.0.1:" + classWindow.port() + "/?code=" + classWindow.session().joinCode();
        interact(() -> assertEquals(null, window.joinClass(" " + link + " ")));
        var student = window.studentWindow().orElseThrow();
        assertEquals(classWindow.session().joinCode(), lookup("#student-code").queryAs(TextField.class).getText(),
                "the code comes from the link");
        interact(() -> student.stage().toFront());
        clickOn("#student-nickname").write("Zoé");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#student-who").queryAs(Label.class).getText().equals("You are Zoé."));
        waitUntil(() -> lookup("#class-joined").queryAs(Label.class).getText().equals("1 joined"));

        interact(() -> classWindow.session().send(new org.ganclassroom.classmode.RoomCheck("test",
                "A GAN has two networks.", java.util.List.of("True", "False"), 0, "G and D.")));
        waitUntil(() -> lookup("#student-prompt").queryAs(Label.class).getText().equals("1. A GAN has two networks."));
        interact(() -> student.stage().toFront());
        type(KeyCode.DIGIT1);
        waitUntil(() -> lookup("#class-answered").queryAs(Label.class).getText().equals("1 of 1 answered"));
        waitUntil(() -> lookup("#student-feedback").queryAs(Label.class).getText().startsWith("Answer sent."));
        interact(() -> classWindow.session().reveal());
        waitUntil(() -> lookup("#student-feedback").queryAs(Label.class).getText().equals("Right!"));
        assertTrue(lookup("#student-explanation").queryAs(Label.class).getText()
                .startsWith("G and D. (100% of the room was right.)"));

        interact(() -> classWindow.stage().close());
        waitUntil(() -> lookup("#student-status").queryAs(Label.class).getText().startsWith("The class has ended"));
        interact(() -> student.stage().close());
    }

    @Test
    void theClassWindowServesTheCourseChecksAndShowsTheRoomsAnswersLive() throws Exception {
        System.setProperty("ganclassroom.classHost", "127.0.0.1"); // loopback only, as every test
        interact(() -> window.startClass());
        var classWindow = window.classWindow().orElseThrow();
        assertTrue(lookup("#class-code").queryAs(Label.class).getText().matches("Join code: [A-Z0-9]{6}"));
        assertTrue(lookup("#class-qr").tryQuery().isPresent(), "a QR code of the address is shown");

        // a student's phone, over HTTP as the phone page talks
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + classWindow.port();
        String joined = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/join"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("code=" + classWindow.session().joinCode()
                        + "&nickname=Ada")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String token = joined.replaceAll(".*\"token\":\"([0-9a-f]+)\".*", "$1");
        waitUntil(() -> lookup("#class-answered").tryQuery().isPresent()
                && lookup("#class-prompt").queryAs(Label.class).getText().startsWith("Send a check"));

        interact(() -> lookup("#class-check-choice").<javafx.scene.control.ComboBox<String>>query()
                .getSelectionModel().select(0));
        clickOn("#class-send");
        waitUntil(() -> lookup("#class-answered").queryAs(Label.class).getText().equals("0 of 1 answered"));
        java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/api/answer")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("number=1&choice=0")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        waitUntil(() -> lookup("#class-answered").queryAs(Label.class).getText().equals("1 of 1 answered"));
        clickOn("#class-reveal");
        waitUntil(() -> lookup("#class-explanation").queryAs(Label.class).getText().contains("% of the room was right."));

        clickOn("#class-send-picture"); // a real test digit or a shipped generator's fake, by a coin toss
        waitUntil(() -> lookup("#class-prompt").queryAs(Label.class).getText().equals("2. Fake or real?"));
        assertTrue(lookup("#class-picture").queryAs(javafx.scene.image.ImageView.class).isVisible());
        clickOn("#class-reveal");
        waitUntil(() -> lookup("#class-explanation").queryAs(Label.class).getText()
                .matches(".*It was (real|a fake).* The discriminator gave it \\d+% real\\."));

        clickOn("#class-send-pair"); // a real digit and a fake side by side
        waitUntil(() -> lookup("#class-prompt").queryAs(Label.class).getText().equals("3. Which one is real?"));
        var pairPicture = lookup("#class-picture").queryAs(javafx.scene.image.ImageView.class);
        assertEquals(60, pairPicture.getImage().getWidth(), "two 28-pixel digits and a 4-pixel gap");
        assertTrue(pairPicture.getBoundsInLocal().getWidth() > 2 * pairPicture.getBoundsInLocal().getHeight());
        Node revealButton = lookup("#class-reveal").query();
        assertTrue(revealButton.localToScene(revealButton.getBoundsInLocal()).getMaxY()
                <= revealButton.getScene().getHeight(), "Reveal stays in the window under a pair's picture");
        clickOn("#class-reveal");
        waitUntil(() -> lookup("#class-explanation").queryAs(Label.class).getText().matches(".*The (left|right) one was"
                + " real.* The discriminator gave the left one \\d+% real and the right one \\d+%: it picked the"
                + " (left|right) one\\. It (was right|was fooled)\\."));

        // the roster: Ada renamed, the doors closed (a late phone is refused), Ada removed (her answers go)
        clickOn("#class-roster");
        waitUntil(() -> lookup("#roster-names").tryQuery().isPresent()
                && lookup("#roster-names").<javafx.scene.control.ListView<String>>query().getItems().equals(List.of("Ada")));
        interact(() -> lookup("#roster-names").<javafx.scene.control.ListView<String>>query().getSelectionModel().select(0));
        clickOn("#roster-doors");
        waitUntil(() -> classWindow.session().doorsClosed());
        java.net.http.HttpResponse<String> late = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/api/join")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("code=" + classWindow.session().joinCode()
                        + "&nickname=Late")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(403, late.statusCode(), "doors closed: " + late.body());
        assertTrue(late.body().contains("DOORS_CLOSED"), late.body());
        clickOn("#roster-remove");
        waitUntil(() -> classWindow.session().students().isEmpty());
        assertEquals(0, classWindow.session().tally(1).answered(), "a removed student's answers stop counting");
        waitUntil(() -> lookup("#roster-said").queryAs(Label.class).getText().startsWith("Ada is out of the class"));

        // next week: New class… puts this one away (its results kept) and opens one with a new code
        String lastCode = classWindow.session().joinCode();
        clickOn("#class-new");
        waitUntil(() -> lookup(".dialog-pane .button").match(n -> "OK".equals(((javafx.scene.control.Button) n).getText()))
                .tryQuery().isPresent());
        clickOn(lookup(".dialog-pane .button").match(n -> "OK".equals(((javafx.scene.control.Button) n).getText()))
                .queryButton());
        waitUntil(() -> window.classWindow().filter(w -> w != classWindow).isPresent());
        var nextWeek = window.classWindow().orElseThrow();
        assertFalse(classWindow.serving(), "last week's class stopped");
        assertTrue(!nextWeek.session().joinCode().equals(lastCode) && nextWeek.session().students().isEmpty());
        waitUntil(() -> lookup("#class-status").queryAs(Label.class).getText().startsWith("The last class is put away"));
        try (var files = Files.list(userData.resolve("class"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("class-20.*\\.csv")), "its results kept");
        }

        interact(() -> nextWeek.stage().close());
        assertFalse(nextWeek.serving(), "nothing listens once the class window is closed");
        assertTrue(Files.isRegularFile(userData.resolve("class").resolve("class-session.yaml")), "saved as it went");
    }
}
