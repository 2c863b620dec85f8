package org.ganclassroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonEntry;
import org.ganclassroom.text.PseudoLocale;
import org.ganclassroom.ui.shell.MainWindow;
import org.ganclassroom.ui.training.TestTraining;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every word on screen comes from the bundles, so it can be translated: the window opens under the pseudo-locale
 * ({@code --lang xx}, every bundle word accented and bracketed), visits every pane a user reaches (each lesson,
 * the quizzes, Fake or Real, the walkthrough, the labs, the dock, presenter mode, Settings, My results, the
 * reset and class dialogs) and fails listing each text that carries words of plain English. Exempt: the lessons'
 * own words (the lesson open, the course's titles and the glossary: lessons are translated as files), the names
 * below, file names, addresses and paths. {@code UiLiteralsTest} scans the window's code for sentences; this
 * also catches single words and the core's words shown in the window.
 */
class PseudoLocaleTest extends ApplicationTest {

    /** Names that stay as they are in every language, and what the user or the test set up (its tiny presets). */
    private static final Pattern ALLOWED = Pattern.compile(String.join("|",
            "GAN Classroom", "Fashion-MNIST", "MNIST", "DL4J", "English", "Français \\(fr\\)",
            "\\btiny(-wide)?\\b",
            "https?://\\S+", // addresses
            "(?:[A-Za-z]:)?(?:[/\\\\][^/\\\\\\s]+)+[/\\\\]?", // paths
            "[\\w.-]+\\.(?:zip|yaml|yml|png|gif|csv|jpe?g|java|py)\\b")); // file names

    private static final Path LESSONS = Path.of("lessons");

    @TempDir
    Path userData;

    private MainWindow window;
    private Stage stage;
    /** Each untranslated text, with where it was seen first. */
    private final Map<String, String> untranslated = new TreeMap<>();
    /** The lessons' words on screen now, as read, and normalised for searching. */
    private String lessonText = "";
    private String corpus = "";
    /** The texts looked at since the lessons' words changed: most stay on screen from one look to the next. */
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    /** The lessons' short texts (titles, glossary terms, choices), the only few words of theirs a marked text holds. */
    private final java.util.Set<String> lessonNames = new java.util.HashSet<>();
    /** The user's own words on screen: their nickname, the class's join code. */
    private final List<String> userWords = new ArrayList<>();
    private String where = "";

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        System.setProperty("ganclassroom.lang", PseudoLocale.CODE);
        window = new MainWindow(stage, LESSONS, userData, TestTraining.setup());
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @AfterEach
    void back() {
        System.clearProperty("ganclassroom.lang");
        System.clearProperty("ganclassroom.classHost");
        Texts.use("en");
    }

    @Test
    void everyTextOnEveryPaneComesFromTheBundles() throws Exception {
        assertEquals(PseudoLocale.CODE, Texts.language());
        assertEquals("T", Texts.key("check.true"), "key letters are plain letters");
        assertEquals("S", Texts.shortcut("key.dock.step"));
        // the paths' titles and descriptions are the course's words too (lessons/paths.yaml, translated as a file)
        String titles = String.join("\n", window.model().lessons().stream().map(LessonEntry::title).toList())
                + "\n" + Files.readString(LESSONS.resolve(org.ganclassroom.lesson.CoursePaths.FILE));
        org.ganclassroom.lesson.CoursePaths.load(LESSONS).all().forEach(path -> name(path.title()));
        String glossary = Files.readString(LESSONS.resolve("glossary.yaml"));

        for (LessonEntry entry : window.model().lessons()) {
            name(entry.title());
            if (entry instanceof LessonEntry.Loaded loaded) {
                for (var item : loaded.lesson().checkItems()) {
                    if (item instanceof org.ganclassroom.lesson.CheckItem.MultipleChoice choice) {
                        choice.choices().forEach(this::name);
                    }
                }
                if (loaded.lesson() instanceof Lesson.LossWalkthrough walk) {
                    walk.steps().forEach(step -> name(step.title()));
                }
            }
        }
        org.ganclassroom.lesson.Glossary.load(LESSONS).entries().forEach(entry -> name(entry.term()));

        waitUntil(() -> window.trainingPanel().trainer().isPresent());
        var trainer = window.trainingPanel().trainer().orElseThrow();
        List<? extends LessonEntry> lessons = List.copyOf(window.model().lessons());
        for (int i = 0; i < lessons.size(); i++) {
            LessonEntry entry = lessons.get(i);
            int index = i;
            interact(() -> window.model().select(index));
            read(Files.readString(entry.file()) + "\n" + titles + "\n" + glossary);
            where = entry.id();
            Lesson lesson = entry instanceof LessonEntry.Loaded loaded ? loaded.lesson() : null;
            check();
            if (lesson instanceof Lesson.Concept || lesson instanceof Lesson.DistributionLab) {
                answerFirstCheck();
            }
            if (lesson instanceof Lesson.TrueFalse) {
                trueFalse();
            } else if (lesson instanceof Lesson.FakeOrReal fakeOrReal) {
                fakeOrReal(fakeOrReal);
            } else if (lesson instanceof Lesson.LossWalkthrough walk) {
                walkthrough(walk, trainer);
            } else if (lesson instanceof Lesson.LatentLab) {
                latentLab();
            } else if (lesson instanceof Lesson.DistributionLab) {
                distributionLab();
            }
            if (i == 0) {
                dock(trainer);
            }
        }
        dialogs();
        assertEquals("", untranslated.entrySet().stream().map(e -> e.getValue() + ": " + e.getKey())
                .reduce("", (a, b) -> a + "\n" + b), "texts not from the bundles (put them in texts.properties or"
                + " messages.properties and their translations)");
    }

    private void dock(org.ganclassroom.gan.GanTrainer trainer) throws Exception {
        where = "dock";
        type(KeyCode.S);
        waitUntil(() -> trainer.latest().step() >= 1);
        check();
        type(KeyCode.SPACE);
        waitUntil(() -> trainer.state() == org.ganclassroom.gan.GanTrainer.State.RUNNING);
        waitUntil(() -> trainer.latest().step() >= 3);
        check();
        type(KeyCode.SPACE);
        waitUntil(() -> trainer.state() == org.ganclassroom.gan.GanTrainer.State.PAUSED);
        check();
        clickOn("#dock-toggle");
        check();
        clickOn("#dock-toggle");
        where = "dock: save, load, wrong values";
        Path saved = userData.resolve("run.zip");
        interact(() -> window.trainingPanel().saveCheckpoint(saved));
        waitUntil(() -> Files.isRegularFile(saved) && window.trainingPanel().statusText().contains("run.zip"));
        check();
        interact(() -> window.trainingPanel().loadCheckpoint(saved));
        waitUntil(() -> !window.trainingPanel().statusText().contains("…"));
        check();
        Path notACheckpoint = Files.writeString(userData.resolve("notes.zip"), "not a checkpoint");
        interact(() -> window.trainingPanel().loadCheckpoint(notACheckpoint));
        waitUntil(() -> !window.trainingPanel().statusText().contains("…"));
        check();
        interact(() -> window.trainingPanel().loadCheckpoint(userData.resolve("missing.zip")));
        waitUntil(() -> !window.trainingPanel().statusText().contains("…"));
        check();
        userWords.add("'fast'"); // what the user typed, quoted back
        typeInto(lookup("#learning-rate").queryAs(javafx.scene.control.TextField.class), "fast");
        check();
        typeInto(lookup("#batch-size").queryAs(javafx.scene.control.Spinner.class).getEditor(), "0");
        check();
        type(KeyCode.F5);
        where = "presenter mode";
        check();
        type(KeyCode.F5);
    }

    /** Types into a field below the fold, as a user who scrolled there would, and presses Enter. */
    private void typeInto(javafx.scene.control.TextField field, String typed) {
        interact(() -> {
            field.setText(typed);
            field.fireEvent(new javafx.event.ActionEvent());
        });
    }

    private void answerFirstCheck() {
        var choices = lookup("#check-1 .check-choice-button").queryAllAs(javafx.scene.control.Button.class);
        if (!choices.isEmpty()) {
            interact(() -> choices.iterator().next().fire());
            check();
        }
    }

    private void trueFalse() {
        for (int question = 0; question < 40 && lookup("#quiz-score").tryQuery().isEmpty(); question++) {
            type(KeyCode.T);
            type(KeyCode.DIGIT1);
            check();
            type(KeyCode.ENTER);
        }
        check();
    }

    private void fakeOrReal(Lesson.FakeOrReal lesson) throws Exception {
        boolean pair = lesson.mode() == Lesson.FakeOrReal.QuizMode.PAIR;
        if (!pair) {
            clickOn("#instant-feedback");
        }
        type(KeyCode.ENTER);
        for (int i = 0; i < lesson.images(); i++) {
            int shown = i + 1;
            waitUntil(() -> lookup("#round-counter").tryQuery().isPresent() && lookup("#round-counter")
                    .queryAs(javafx.scene.control.Label.class).getText().replaceAll("^\\D*(\\d+).*$", "$1")
                    .equals("" + shown));
            if (i == 0) {
                check();
            }
            type(pair ? KeyCode.DIGIT1 : KeyCode.R);
            if (!pair) {
                if (i == 0) {
                    check();
                }
                type(KeyCode.ENTER);
            }
        }
        waitUntil(() -> lookup("#round-score").tryQuery().isPresent());
        check();
    }

    private void walkthrough(Lesson.LossWalkthrough lesson, org.ganclassroom.gan.GanTrainer trainer) throws Exception {
        for (int step = 0; step < lesson.steps().size(); step++) {
            check();
            type(KeyCode.N);
        }
        for (int line = 0; line <= lesson.algorithm().size(); line++) {
            type(KeyCode.A);
            check();
        }
        interact(() -> ((javafx.scene.control.RadioButton) lookup("#loss-min-max").query()).fire());
        trainer.step(org.ganclassroom.gan.GanModel.StepKind.GENERATOR_ONLY);
        waitUntil(() -> lookup("#generator-push").tryQuery().isPresent());
        check();
        interact(() -> ((javafx.scene.control.RadioButton) lookup("#loss-non-saturating").query()).fire());
        check();
    }

    private void latentLab() throws Exception {
        waitUntil(() -> lookup("#pool-11").tryQuery().isPresent());
        check();
        type(KeyCode.W);
        clickOn("#pool-0");
        check();
        clickOn("#pool-3");
        waitUntil(() -> lookup("#walk-8").tryQuery().isPresent());
        check();
        type(KeyCode.S);
        check();
        type(KeyCode.A);
        check();
        type(KeyCode.DIGIT1, KeyCode.K, KeyCode.ENTER, KeyCode.DIGIT2, KeyCode.K, KeyCode.ENTER, KeyCode.DIGIT3,
                KeyCode.K, KeyCode.ENTER);
        waitUntil(() -> lookup("#lab-sum-result").queryAs(javafx.scene.image.ImageView.class).getImage() != null);
        check();
        type(KeyCode.D);
        waitUntil(() -> lookup("#draw-meaning").queryAs(javafx.scene.control.Label.class).getText().length() > 40);
        check();
        type(KeyCode.DIGIT7);
        waitUntil(() -> lookup("#draw-verdict").queryAs(javafx.scene.control.Label.class).getText().matches(".*\\d.*"));
        check();
        type(KeyCode.W);
        check();
    }

    private void distributionLab() throws Exception {
        type(KeyCode.S);
        waitUntil(() -> lookup("#lab-stats").queryAs(javafx.scene.control.Label.class).getText().contains("1"));
        check();
        type(KeyCode.P);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        type(KeyCode.P);
        check();
        type(KeyCode.DIGIT4);
        check();
        clickOn("#lab-plot");
        check();
        type(KeyCode.R);
    }

    /** The dialogs, over the last lesson (its words are still on screen). */
    private void dialogs() throws Exception {
        checkDialog("settings", "#instructor-settings");
        checkDialog("my results", "#course-summary");
        checkDialog("reset my progress", "#reset-progress");
        where = "class";
        clickOn("#class-mode");
        check();
        clickOn(Texts.get("class.choose.join"));
        where = "join a class";
        check();
        type(KeyCode.ESCAPE);
        classMode();
        where = "narrow window";
        interact(() -> stage.setWidth(850));
        check();
        interact(() -> stage.setWidth(1280));
    }

    /** Opens a dialog with its toolbar button, checks its words and closes it with Escape. */
    private void checkDialog(String name, String button) {
        where = name;
        clickOn(button);
        check();
        type(KeyCode.ESCAPE);
    }

    /** The class window and a student's window in this same app, on loopback; the checks are the whole course's. */
    private void classMode() throws Exception {
        StringBuilder course = new StringBuilder(lessonText);
        for (LessonEntry entry : window.model().lessons()) {
            course.append('\n').append(Files.readString(entry.file()));
        }
        read(course.toString());
        where = "class window";
        System.setProperty("ganclassroom.classHost", "127.0.0.1");
        interact(() -> window.startClass());
        var classWindow = window.classWindow().orElseThrow();
        userWords.add(classWindow.session().joinCode());
        userWords.add("Zoe");
        waitUntil(() -> lookup("#class-answered").tryQuery().isPresent());
        check();
        String link = "http://127.0.0.1:" + classWindow.port() + "/?code=" + classWindow.session().joinCode();
        interact(() -> assertEquals(null, window.joinClass(link)));
        var student = window.studentWindow().orElseThrow();
        where = "student window";
        check();
        interact(() -> student.stage().toFront());
        clickOn("#student-nickname").write("Zoe");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#class-joined").queryAs(javafx.scene.control.Label.class).getText().contains("1"));
        check();
        interact(() -> lookup("#class-check-choice").<ComboBox<String>>query().getSelectionModel().select(0));
        clickOn("#class-send");
        waitUntil(() -> !lookup("#student-prompt").queryAs(javafx.scene.control.Label.class).getText().isEmpty());
        check();
        // The prompt is never empty once joined ("wait for a question" shows first), so waiting for it let the
        // typed 1 come before the question's buttons, and the test timed out in 3 runs of 4.
        waitUntil(() -> lookup("#student-choice-0").tryQuery().isPresent());
        interact(() -> student.stage().toFront());
        type(KeyCode.DIGIT1);
        waitUntil(() -> lookup("#class-answered").queryAs(javafx.scene.control.Label.class).getText().startsWith("⟦1"));
        check();
        clickOn("#class-reveal");
        waitUntil(() -> lookup("#class-explanation").queryAs(javafx.scene.control.Label.class).getText().contains("%"));
        check();
        where = "class window: Fake or Real";
        clickOn("#class-send-picture");
        waitUntil(() -> lookup("#class-picture").queryAs(javafx.scene.image.ImageView.class).isVisible());
        clickOn("#class-reveal");
        waitUntil(() -> lookup("#class-explanation").queryAs(javafx.scene.control.Label.class).getText().contains("%"));
        check();
        String picture = lookup("#class-prompt").queryAs(javafx.scene.control.Label.class).getText();
        clickOn("#class-send-pair");
        waitUntil(() -> !lookup("#class-prompt").queryAs(javafx.scene.control.Label.class).getText().equals(picture));
        clickOn("#class-reveal");
        waitUntil(() -> lookup("#class-explanation").queryAs(javafx.scene.control.Label.class).getText().contains("%"));
        check();
        interact(() -> classWindow.stage().close());
        where = "student window, class ended";
        waitUntil(() -> lookup("#student-status").queryAs(javafx.scene.control.Label.class).getText().length() > 10);
        check();
        interact(() -> student.stage().close());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Looks at every text of every window now showing. */
    private void check() {
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            for (Window shown : new ArrayList<>(Window.getWindows())) {
                if (!shown.isShowing() || shown.getScene() == null) {
                    continue;
                }
                if (shown instanceof Stage s) {
                    look(s.getTitle());
                    if (s.isFullScreen()) {
                        look(s.getFullScreenExitHint());
                    }
                }
                visit(shown.getScene().getRoot());
            }
        });
    }

    private void visit(Node node) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            look(labeled.getText());
        } else if (node instanceof Text text && !(node.getParent() instanceof Labeled)
                && !node.getClass().getSimpleName().equals("LabeledText")) {
            look(text.getText());
        }
        if (node instanceof TextInputControl input) {
            look(input.getPromptText());
            look(input.getText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            look(control.getTooltip().getText());
        }
        if (node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip tip) {
            look(tip.getText());
        }
        if (node instanceof Axis<?> axis) {
            look(axis.getLabel());
        }
        if (node instanceof Chart chart) {
            look(chart.getTitle());
        }
        if (node instanceof ComboBox<?> box) {
            items(box);
            look(box.getPromptText());
        }
        if (node instanceof ChoiceBox<?> box) {
            choices(box);
        }
        if (node instanceof MenuButton menu) {
            menuItems(menu.getItems());
        }
        if (node instanceof Control control && control.getContextMenu() != null) {
            menuItems(control.getContextMenu().getItems());
        }
        if (!node.getStyleClass().contains("chart-bar") && !node.getStyleClass().contains("chart-line-symbol")) {
            look(node.getAccessibleText()); // (not JavaFX's own "X Axis is 3" of each bar and point)
        }
        look(node.getAccessibleHelp());
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::visit);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void items(ComboBox box) {
        for (Object item : box.getItems()) {
            look(box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void choices(ChoiceBox box) {
        for (Object item : box.getItems()) {
            look(box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item));
        }
    }

    private void menuItems(List<MenuItem> items) {
        for (MenuItem item : items) {
            look(item.getText());
            if (item instanceof Menu menu) {
                menuItems(menu.getItems());
            }
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Where a text is cut into pieces besides its marked words: brackets, lines, ": ", and the list marks. */
    private static final Pattern BREAK = Pattern.compile("[⟦⟧\\n·✓]|:\\s");
    /** What a piece may start or end with that says nothing: punctuation, numbers, a choice's "B)". */
    private static final Pattern EDGES = Pattern.compile("^(?:[^\\p{L}]|\\p{L}\\)\\s)+|[^\\p{L}]+$");

    /**
     * Notes {@code text} if a piece of it, between the words the pseudo-locale marked, has a word of two or more
     * plain letters that is neither the lessons' nor an allowed name.
     */
    private void look(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (!seen.add(text)) {
            return;
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        Matcher word = WORD.matcher(text);
        int at = 0;
        while (word.find()) {
            piece.append(text, at, word.start());
            if (marked(word.group())) {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(word.group());
            }
            at = word.end();
        }
        pieces.add(piece.append(text.substring(at)).toString());
        // a few words amid marked ones are the lessons' only if they are a whole title, term or choice: "is"
        // or "Step" are somewhere in every lesson
        boolean amidMarks = pieces.size() > 1 || text.indexOf(PseudoLocale.OPEN) >= 0;
        for (String between : pieces) {
            // the parts between breaks; a part is the lessons' when it or a run of parts around it is
            List<int[]> parts = new ArrayList<>();
            Matcher cut = BREAK.matcher(between);
            int from = 0;
            while (cut.find()) {
                parts.add(new int[] {from, cut.start()});
                from = cut.end();
            }
            parts.add(new int[] {from, between.length()});
            for (int i = 0; i < parts.size(); i++) {
                String part = between.substring(parts.get(i)[0], parts.get(i)[1]);
                if (!lessonsAround(between, parts, i, amidMarks) && hasWord(withoutNames(part))) {
                    untranslated.putIfAbsent(text.strip(), where + " [" + EDGES.matcher(part).replaceAll("") + "]");
                }
            }
        }
    }

    private boolean lessonsAround(String text, List<int[]> parts, int i, boolean amidMarks) {
        for (int first = i; first >= 0; first--) {
            for (int last = i; last < parts.size(); last++) {
                if (lessons(text.substring(parts.get(first)[0], parts.get(last)[1]), amidMarks)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code part} has no word, or is the lessons' own (see {@link #look}). */
    private boolean lessons(String part, boolean amidMarks) {
        String words = EDGES.matcher(part).replaceAll("");
        return !hasWord(words) || inLessons(words) && (!amidMarks || lessonNames.contains(words)
                || WORD.matcher(words).results().count() >= 3);
    }

    /** {@code text} without the allowed names and what the user typed or was given (a nickname, a join code). */
    private String withoutNames(String text) {
        String rest = text;
        for (String given : userWords) {
            rest = rest.replace(given, " ");
        }
        return ALLOWED.matcher(rest).replaceAll(" ");
    }

    private static boolean hasWord(String text) {
        return text.matches("(?s).*[A-Za-z]{2}.*");
    }

    /** A lesson's title, term or choice, whole and in the pieces {@link #look} cuts texts into. */
    private void name(String text) {
        lessonNames.add(EDGES.matcher(text).replaceAll(""));
        for (String part : BREAK.split(text)) {
            lessonNames.add(EDGES.matcher(part).replaceAll(""));
        }
    }

    /** A word the pseudo-locale wrote: every letter one of its accented ones. */
    private static boolean marked(String word) {
        return word.chars().allMatch(c -> PseudoLocale.isMarkedLetter((char) c));
    }

    /** Whether {@code words} are the lessons' own: in the lesson open, the course's titles or the glossary. */
    private boolean inLessons(String words) {
        String wanted = normalised(words);
        for (int at = corpus.indexOf(wanted); at >= 0; at = corpus.indexOf(wanted, at + 1)) {
            int end = at + wanted.length();
            if ((at == 0 || !Character.isLetter(corpus.charAt(at - 1)))
                    && (end == corpus.length() || !Character.isLetter(corpus.charAt(end)))) {
                return true; // whole words
            }
        }
        return false;
    }

    /** The lessons' words on screen from now on. */
    private void read(String lessons) {
        lessonText = lessons;
        corpus = normalised(lessons);
        seen.clear();
    }

    /** Text as the lesson pages show it: Markdown's marks and escapes gone, lines joined. */
    private static String normalised(String text) {
        return text.replace("**", "").replace("`", "").replaceAll("(?m)^\\s*> ?", "") // a quote's marks
                .replaceAll("\\\\(\\p{Punct})", "$1").replaceAll("\\s+", " ");
    }
}
