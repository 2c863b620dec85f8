package org.ganclassroom.ui.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.CourseLoader;
import org.ganclassroom.quiz.CourseReport;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.quiz.Progress;
import org.ganclassroom.quiz.ProgressStore;
import org.ganclassroom.settings.InstructorSettings;
import org.ganclassroom.settings.ShellSettings;
import org.ganclassroom.ui.lesson.LessonContext;
import org.ganclassroom.settings.WindowPlacement;
import org.ganclassroom.ui.lesson.LessonViews;
import org.ganclassroom.ui.training.BigGridView;
import org.ganclassroom.ui.training.TrainingDock;
import org.ganclassroom.ui.training.TrainingPanel;
import org.ganclassroom.dock.DockSetup;

/**
 * The main window: toolbar, lesson navigator, lesson pane and the collapsible training dock. Keyboard:
 * Right/PageDown next lesson, Left/PageUp previous (presentation clickers send PageDown/PageUp), F5
 * presenter mode, Ctrl+R reload lessons, Space start/pause training, S one training step. Arrow keys,
 * Space and S are left alone while a text field, slider or spinner has the focus. Remembers the lesson
 * and window placement per user; closing the window stops the training thread.
 */
public final class MainWindow {

    static final String TITLE = "GAN Classroom";
    /** Below this width (px at the window's scale) the desk buttons fold into the toolbar's More menu. */
    static final double NARROW_BELOW = 1000;
    /** NARROW_BELOW at the chosen text size: at 150% a 1024 window is as narrow as a 683 one at 100%. */
    private final javafx.beans.property.DoubleProperty narrowBelow = new javafx.beans.property.SimpleDoubleProperty(NARROW_BELOW);
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 520;
    /** Where the lesson | dock divider sits, as a fraction of the width beside the navigator. */
    private static final double LESSON_SHARE = 0.62;
    private static final double PRESENTER_LESSON_SHARE = 0.5;
    /**
     * On a small projector (1024, 1280 wide) the dock gets more: its one-column grid is then ~2x as tall, and
     * at 1024x768 the grid's 10 x 7 cells are 400 px tall only from a dock 61% wide.
     */
    private static final double SMALL_PRESENTER_LESSON_SHARE = 0.39;
    private static final double SMALL_SCREEN_BELOW = 1400;

    private final Stage stage;
    private final ProgressStore progressStore;
    /** Slow lesson work (Fake-or-Real rounds), one thread for the window's life; ended when it closes. */
    private final java.util.concurrent.ExecutorService lessonWork = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "fake-or-real");
        thread.setDaemon(true);
        return thread;
    });
    private final Path userData;
    private InstructorSettings instructorSettings;
    private final Progress progress;
    private Course course;
    private final org.ganclassroom.ui.classmode.ClassMenu classMenu;

    /** The course as shipped (English); {@link #lessonsFolder} is it or one of its translations. */
    private final Path courseRoot;
    private Path lessonsFolder;
    private final ShellSettings settings;
    private final ShellModel model = new ShellModel();
    private LessonViews views;
    /** The lessons as projected in presenter mode (fresh answers each time it is entered); null otherwise. */
    private LessonViews projectedViews;
    private final LessonContext lessonContext;
    private final StackPane lessonHost = new StackPane();
    private final TrainingDock dock;
    private final LessonNavigator navigator;
    private final SplitPane split = new SplitPane();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();
    /** The scene's root: the window, and over it the big-grid view while it is shown. */
    private final StackPane layers = new StackPane(root);
    private BigGridView bigGrid;
    /** The path through the course the navigator follows: --path, else the instructor's setting. */
    private String coursePath;

    /** Fits the toolbar's buttons to the window's width again (see toolbar()). */
    private Runnable refitToolbar;
    /** How long a lesson stays on screen before it counts as opened. */
    static final javafx.util.Duration OPENED_AFTER = javafx.util.Duration.seconds(1.5);
    private final javafx.animation.PauseTransition openedDwell = new javafx.animation.PauseTransition(OPENED_AFTER);
    private final Scene scene;
    private final KeyRouting keys;

    /**
     * @param userData the per-user folder for settings and progress (see UserDataFolder)
     */
    public MainWindow(Stage stage, Path lessonsFolder, Path userData, DockSetup trainingSetup) {
        this.stage = stage;
        Path given = lessonsFolder.toAbsolutePath().normalize();
        this.courseRoot = org.ganclassroom.lesson.Translations.courseOf(given);
        this.settings = ShellSettings.load(userData);
        this.userData = userData;
        this.instructorSettings = InstructorSettings.load(userData);
        // The language: --lang (a system property set by the command line), else the settings' choice,
        // else the computer's; a course without that translation shows in English. Chosen before any view
        // is built, the dock included, since views take their words when they are made.
        String language = System.getProperty("ganclassroom.lang", instructorSettings.effectiveLanguage());
        this.coursePath = System.getProperty("ganclassroom.path", instructorSettings.coursePath());
        this.lessonsFolder = org.ganclassroom.lesson.Translations.isTranslation(given) ? given
                : org.ganclassroom.lesson.Translations.folderFor(courseRoot, language);
        Texts.use(windowLanguage(this.lessonsFolder, language)); // the window speaks the lessons' language
        this.dock = new TrainingDock(trainingSetup);
        this.progressStore = new ProgressStore(userData);
        this.progress = progressStore.load();
        this.navigator = new LessonNavigator(model, this::scoreBadge);
        this.classMenu = new org.ganclassroom.ui.classmode.ClassMenu(stage, userData, () -> dock.panel().trainer(),
                status::setText);
        this.lessonContext = new LessonContext(progress, this::saveProgress, trainingSetup.datasets(),
                () -> dock.panel().trainer(), this::lessonWork, false);
        this.views = new LessonViews(this.lessonsFolder, lessonContext);
        createView();
        scene = new Scene(layers);
        scene.getStylesheets().add(stylesheet("base.css"));
        applyOrientation(language);
        keys = new KeyRouting(scene, lessonHost, dock, dock.panel(), model, this::reloadLessons, this::toggleBigGrid);
        dock.panel().setOnGridClicked(this::toggleBigGrid);
        initListeners();
        scene.heightProperty().addListener((o, was, now) -> applyTypeScale());
        applyTypeScale();
        loadCourse(settings.lastLesson().orElse(null));
        progressStore.loadProblem().ifPresent(problem -> status.setText("⚠ " + problem));
    }

    public ShellModel model() {
        return model;
    }

    public TrainingPanel trainingPanel() {
        return dock.panel();
    }

    public void show() {
        WindowPlacement placement = settings.windowPlacement();
        stage.setTitle(TITLE);
        stage.setScene(scene);
        // Never larger than the screen: the default 1280x800 (or a size saved on a bigger monitor) would
        // hang off a 1024x768 projector's edge, and the training dock with it.
        javafx.geometry.Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(placement.width(), screen.getWidth()));
        stage.setHeight(Math.min(placement.height(), screen.getHeight()));
        if (placement.hasPosition() && isOnAScreen(placement)) {
            stage.setX(placement.x());
            stage.setY(placement.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(placement.maximized());
        // Below this the lesson column and the dock squeeze their controls out of sight; a 1024x768 screen fits.
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setOnHidden(e -> {
            rememberPlacement();
            release();
        });
        // A stage given another window's scene (each TestFX test builds a MainWindow on the one primary
        // stage) ends this window too: its training thread, class server and lesson thread kept running,
        // and the stage's listener kept it and its loaded datasets (47 MB each) alive, until 46 test windows
        // filled a 3 GB heap.
        stage.sceneProperty().addListener(sceneReplaced);
        stage.show();
        keys.focusLesson(); // not the navigator, JavaFX's first choice: keys go to the lesson on screen
        if (Boolean.getBoolean("ganclassroom.startupTiming")) {
            // For installer/README.md's start-up figure: from the JVM's start to the window on screen.
            long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            javafx.application.Platform.runLater(() -> System.err.println("startup: first window after "
                    + (System.currentTimeMillis() - started) + " ms"));
        }
        // A SplitPane's divider set before its first layout is recomputed from the children's minimum
        // widths, so the position is applied again once the window has its size.
        split.setDividerPositions(LESSON_SHARE);
        // DL4J and the dataset load on a background thread after the window is up; so do JLaTeXMath's
        // fonts, so the loss walkthrough opens without a pause.
        dock.panel().startEngine();
        Thread warmUp = new Thread(() -> new org.scilab.forge.jlatexmath.TeXFormula("x"), "latex-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Reads the lessons folder again, staying on the current lesson: instructors edit while the app runs. */
    public void reloadLessons() {
        loadCourse(model.current().map(e -> e.id()).orElse(null));
    }

    private void createView() {
        root.setId("shell");
        root.getStyleClass().add("shell");
        root.setTop(toolbar());
        lessonHost.setId("lesson-host");
        lessonHost.getStyleClass().add("lesson-host");
        // The navigator is a fixed column (its width is in em, so it grows with presenter type); only the
        // lesson | dock boundary is a draggable divider.
        root.setLeft(navigator.column());
        // On a projector every pixel goes to the lesson and the training panel, and so in a narrow window (a
        // laptop at 150%): the clicker, Previous/Next and the "4 / 10" in the toolbar replace the navigator.
        navigator.visibleProperty().bind(model.presenterProperty().not()
                .and(root.widthProperty().greaterThanOrEqualTo(narrowBelow)));
        navigator.managedProperty().bind(navigator.visibleProperty());
        split.getItems().add(lessonHost);
        root.setCenter(split);
        status.setId("status");
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true); // a long warning takes two lines rather than ending in "…"
        root.setBottom(status);
        model.dockOpenProperty().set(settings.trainingDockOpen());
        showDock(model.dockOpenProperty().get());
    }

    private ToolBar toolbar() {
        Button previous = button("previous-lesson", pointing(Texts.get("toolbar.previous")), Texts.get("toolbar.previous.tip"),
                model::previous);
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        Button next = button("next-lesson", pointing(Texts.get("toolbar.next")), Texts.get("toolbar.next.tip"), model::next);
        next.disableProperty().bind(model.hasNextProperty().not());

        Label position = new Label();
        position.setId("lesson-position");
        position.getStyleClass().add("lesson-position");
        position.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.current().map(c -> position()).orElse(""),
                model.currentIndexProperty(), model.lessons(), model.pathLengthProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button results = button("course-summary", Texts.get("toolbar.results"),
                Texts.get("toolbar.results.tip"), this::showResults);
        Button resetProgress = button("reset-progress", Texts.get("toolbar.reset"),
                Texts.get("toolbar.reset.tip"), this::requestProgressReset);
        Button settingsButton = button("instructor-settings", Texts.get("toolbar.settings"),
                Texts.get("toolbar.settings.tip"), this::openSettings);
        Button classMode = button("class-mode", Texts.get("toolbar.class"), Texts.get("toolbar.class.tip"),
                this::openClass);
        Button reload = button("reload-lessons", Texts.get("toolbar.reload"),
                Texts.get("toolbar.reload.tip"), this::reloadLessons);
        ToggleButton dockToggle = toggle("dock-toggle", Texts.get("toolbar.training"), Texts.get("toolbar.training.tip"),
                model.dockOpenProperty());
        ToggleButton presenter = toggle("presenter-toggle", Texts.get("toolbar.presenter"),
                Texts.get("toolbar.presenter.tip"), model.presenterProperty());

        // On the projector the type is large and only presenting matters: the desk buttons step aside.
        // Elsewhere the bar never overflows into its "»" menu (Presenter would hide there): when the words
        // do not fit (a 1024 screen, French's longer words, a laptop at 150%) Reload steps aside first
        // (also Ctrl+R, for whoever edits the lessons), then the desk buttons fold into one More menu.
        List<Button> desk = List.of(results, resetProgress, settingsButton, classMode);
        javafx.scene.control.MenuButton more = new javafx.scene.control.MenuButton(Texts.get("toolbar.more"));
        more.setId("toolbar-more");
        for (Button button : List.of(results, resetProgress, settingsButton, classMode, reload)) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(button.getText());
            item.setOnAction(e -> button.fire());
            more.getItems().add(item);
        }
        List<Node> always = List.of(previous, next, position, dockToggle, presenter);
        Runnable fit = () -> fitToolbar(always, desk, reload, more);
        root.widthProperty().addListener((obs, old, width) -> fit.run());
        // a new type size (presenter mode's too) fits it again: applyTypeScale runs refitToolbar
        fit.run();
        ToolBar toolbar = new ToolBar(previous, next, position, spacer, results, resetProgress, settingsButton, classMode,
                reload, more, dockToggle, presenter);
        toolbar.setId("toolbar");
        refitToolbar = () -> {
            fit.run();
            // ToolBarSkin lays its items out again only when its own width or its item list changes, not when
            // the items' widths do (a new text size): the spacer kept its old width and pushed Presenter out.
            toolbar.getItems().setAll(List.copyOf(toolbar.getItems()));
        };
        return toolbar;
    }

    /** Shows what fits on the toolbar: see the comment in {@link #toolbar()}. */
    private void fitToolbar(List<Node> always, List<Button> desk, Button reload, javafx.scene.control.MenuButton more) {
        boolean presenting = model.presenterProperty().get();
        double room = root.getWidth() - 24; // the bar's padding
        double needed = always.stream().mapToDouble(MainWindow::width).sum() + 5 * (always.size() + desk.size() + 1);
        double deskWidth = desk.stream().mapToDouble(MainWindow::width).sum();
        boolean deskFits = !presenting && needed + deskWidth <= room && root.getWidth() >= narrowBelow.get();
        boolean reloadFits = deskFits && needed + deskWidth + width(reload) + 5 <= room;
        desk.forEach(b -> show(b, deskFits));
        show(reload, reloadFits);
        show(more, !presenting && !deskFits);
    }

    private static double width(Node node) {
        return node.prefWidth(-1);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static ToggleButton toggle(String id, String text, String tip, javafx.beans.property.BooleanProperty state) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.setTooltip(new Tooltip(tip));
        toggle.selectedProperty().bindBidirectional(state);
        return toggle;
    }

    /** Leaving full screen with Esc also leaves presenter mode, so the toggle never lies. */
    private javafx.beans.value.ChangeListener<Boolean> leavePresenterWithFullScreen;
    private javafx.beans.value.ChangeListener<javafx.scene.Scene> sceneReplaced;
    private boolean released;

    /**
     * Runs slow lesson work on the lesson thread while the window lives; afterwards drops it. A lab's answer
     * that arrives after the window closed (a generator it was loading) asked for more work and was refused
     * with a RejectedExecutionException on the FX thread. Called on the FX thread, as release() is.
     */
    private void lessonWork(Runnable task) {
        if (!released) {
            lessonWork.execute(task);
        }
    }

    /** Ends what this window owns, once: the training thread, the class server, the lesson thread. */
    /** Ends what the window runs (package-private: a test releases the window it leaves open). */
    void release() {
        if (released) {
            return;
        }
        released = true;
        openedDwell.stop(); // its progress write came 1.5 s after the lesson opened, into a test's deleted folder
        stage.fullScreenProperty().removeListener(leavePresenterWithFullScreen);
        stage.sceneProperty().removeListener(sceneReplaced);
        dock.panel().close(); // ends the training thread with the window
        classMenu.close(); // and the class server with it
        lessonWork.shutdownNow();
        progressStore.close(); // lets a window opened later save this account's progress
    }

    private void initListeners() {
        leavePresenterWithFullScreen = (obs, old, fullScreen) -> {
            if (!fullScreen && model.presenterProperty().get()) {
                model.presenterProperty().set(false);
            }
        };
        sceneReplaced = (obs, old, now) -> {
            if (old == scene && now != scene) {
                release();
            }
        };
        model.currentIndexProperty().addListener((obs, old, index) -> showCurrentLesson());
        model.dockOpenProperty().addListener((obs, old, open) -> {
            showDock(open);
            if (!model.isAdjustingDock()) { // folded for a lesson on the projector: the choice stays the user's
                settings.setTrainingDockOpen(open);
                settings.save();
            }
        });
        model.presenterProperty().addListener((obs, old, on) -> applyPresenterMode(on));
        dock.panel().presenterProperty().bind(model.presenterProperty());
        stage.fullScreenProperty().addListener(leavePresenterWithFullScreen);
        keys.install();
    }

    private void loadCourse(String preferredLessonId) {
        try {
            course = CourseLoader.forDisplay().load(lessonsFolder);
            carryProgressOfRenamedLessons();
            model.setCourse(course, coursePath, preferredLessonId, progress.opened());
            int broken = (int) course.entries().stream()
                    .filter(org.ganclassroom.lesson.LessonEntry.Broken.class::isInstance).count();
            status.setTooltip(new javafx.scene.control.Tooltip(Texts.get("status.folder", course.folder())));
            status.setText(courseStanding() + (broken == 0 ? "" : "  ·  " + Texts.get("status.broken", broken)));
            if (course.entries().isEmpty()) {
                lessonHost.getChildren().setAll(message(Texts.get("shell.noLessons"),
                        Texts.get("shell.noLessons.text", course.folder())));
            }
        } catch (CourseLoader.FolderException missing) {
            model.clearCourse();
            status.setText(missing.getMessage());
            lessonHost.getChildren().setAll(message(Texts.get("shell.noFolder"),
                    Texts.get("shell.noFolder.text", missing.getMessage())));
        }
    }

    /**
     * The course in the navigator's order: the chosen path's lessons first. The class window lists its checks
     * so, and a teacher on the 45-minute core finds that period's checks at the top of "Send a check".
     */
    private Course courseAlongPath() {
        return course == null ? null : course.alongPath(coursePath);
    }

    /** A lesson whose file was renamed ({@code formerly:}) keeps what a student did under its old id. */
    private void carryProgressOfRenamedLessons() {
        boolean moved = false;
        for (var entry : course.entries()) {
            for (String former : entry.placement().formerly()) {
                moved |= progress.renameLesson(former, entry.id());
            }
        }
        if (moved) {
            saveProgress();
        }
    }

    /** "4 / 8" along the path (or the whole course), "2 / 12 more" among the lessons the path leaves out. */
    private String position() {
        int index = model.currentIndexProperty().get();
        int onPath = model.pathLengthProperty().get();
        int all = model.lessons().size();
        if (model.isOffPath(index)) {
            return Texts.get("toolbar.position.more", index - onPath + 1, all - onPath);
        }
        return (index + 1) + " / " + (onPath > 0 ? onPath : all);
    }

    private void showCurrentLesson() {
        model.current().ifPresent(entry -> {
            boolean inNavigator = scene.getFocusOwner() != null && KeyRouting.inside(scene.getFocusOwner(), navigator);
            lessonHost.getChildren().setAll((projectedViews != null ? projectedViews : views).create(entry));
            if (!inNavigator) { // Up/Down in the navigator's list keep going through the list
                keys.focusLesson();
            }
            settings.setLastLesson(entry.id());
            settings.save();
            // Ticked once it has been on screen a moment: a held Right key ticked all 20 lessons "opened".
            openedDwell.stop();
            openedDwell.setOnFinished(e -> markOpened(entry.id()));
            openedDwell.playFromStart();
        });
    }

    private void markOpened(String lessonId) {
        if (released || model.current().filter(e -> e.id().equals(lessonId)).isEmpty()) {
            return;
        }
        model.markOpened(lessonId);
        if (!progress.opened().contains(lessonId)) {
            progress.markOpened(lessonId);
            saveProgress();
        }
    }

    public void openSettings() {
        java.util.Map<String, String> paths = new java.util.LinkedHashMap<>();
        if (course != null) {
            course.paths().all().forEach(path -> paths.put(path.id(), path.title() + "  ·  "
                    + Texts.count("navigator.pathLessons", course.onPath(path.id()).size(), course.onPath(path.id()).size())
                    + ", " + Texts.get("navigator.minutes", course.minutesOn(path.id()))));
        }
        // the path on screen (--path may have chosen another than the saved one); Save keeps it
        SettingsDialog.ask(stage, instructorSettings.withCoursePath(coursePath), userData,
                org.ganclassroom.lesson.Translations.languages(courseRoot), paths).ifPresent(this::applySettings);
    }

    /** Stores the instructor's settings; type size and threads apply at once, the defaults at the next start. */
    public void applySettings(InstructorSettings chosen) {
        try {
            chosen.save(userData);
            // The data-folder pointer lives in the platform folder, where the next start looks for it.
            Path platform = org.ganclassroom.settings.UserDataFolder.platformDefault();
            if (!platform.equals(userData) && userData.equals(org.ganclassroom.settings.UserDataFolder.locate())) {
                chosen.save(platform);
            }
            boolean newLanguage = !chosen.language().equals(instructorSettings.language());
            boolean newPath = !chosen.coursePath().equals(coursePath);
            instructorSettings = chosen;
            applyTypeScale();
            if (newPath) {
                coursePath = chosen.coursePath();
            }
            if (newLanguage) {
                showLanguage(chosen.effectiveLanguage());
            } else if (newPath) {
                reloadLessons();
            }
            dock.panel().setThreads(chosen.trainingThreads());
            status.setText(Texts.get("shell.settingsSaved") + model.path().filter(p -> newPath)
                    .map(p -> "  ·  " + Texts.get("shell.pathChosen", p.title(), model.pathMinutes())).orElse(""));
        } catch (java.io.IOException failed) {
            status.setText("⚠ " + Texts.get("shell.settingsNotSaved", failed.getMessage()));
        }
    }

    /**
     * One font size on the root scales everything (sizes are in em): normal, or presenter sized to the
     * window's height, times the UI scale. Restyled only when the size changes (a resize sends many heights).
     */
    private void applyTypeScale() {
        double base = TypeSize.basePx(model.presenterProperty().get(), scene == null ? 0 : scene.getHeight(),
                instructorSettings.uiScale());
        narrowBelow.set(NARROW_BELOW * instructorSettings.uiScale());
        String style = String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", base);
        if (!style.equals(layers.getStyle())) {
            layers.setStyle(style); // the scene's root: the big grid and picture zooms take it too
            // the buttons' widths change with the type (the text size, presenter mode): fit the toolbar again
            // once they have (125% at 1024 hid Training and Presenter until a restart, and back at 100% kept "More")
            javafx.application.Platform.runLater(() -> {
                if (refitToolbar != null) {
                    root.applyCss();
                    refitToolbar.run();
                }
            });
        }
    }

    /**
     * What a student wants from the status bar: how far they are and how they are doing ("4 of 12 lessons
     * opened · 9 of 12 checks right"); the lessons folder is in its tooltip for the instructor.
     */
    private String courseStanding() {
        if (course == null) {
            return "";
        }
        var report = new CourseReport(course, progress);
        return Texts.get("status.standing", report.lessonsOpened(), course.entries().size(), report.answered(),
                report.questions(), report.right());
    }

    /** Saves after every answer; a failure is shown, and the answers stay in memory to retry next time. */
    private void saveProgress() {
        try {
            progressStore.save(progress);
            if (status.getText().isEmpty() || !status.getText().startsWith("⚠")) {
                status.setText(courseStanding());
            }
            navigator.refresh(); // scores after the titles
        } catch (java.io.IOException failed) {
            status.setText("⚠ " + Texts.get("shell.progressNotSaved", progressStore.file(), failed.getMessage()));
        }
    }

    /** What the navigator shows after a lesson's title: its score, or the best Fake-or-Real round. */
    private String scoreBadge(org.ganclassroom.lesson.LessonEntry entry) {
        if (!(entry instanceof org.ganclassroom.lesson.LessonEntry.Loaded loaded)) {
            return "";
        }
        if (loaded.lesson() instanceof org.ganclassroom.lesson.Lesson.FakeOrReal) {
            return progress.bestRound(entry.id()).map(r -> "  ·  " + r.correct() + "/" + r.total()).orElse("");
        }
        Progress.Score score = progress.score(entry.id());
        return score.isEmpty() ? "" : "  ·  " + score.correct() + "/" + loaded.lesson().checkItems().size();
    }

    public Progress progress() {
        return progress;
    }

    /** Asks first, then forgets every answer, round and tick of this user. */
    public void requestProgressReset() {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION,
                Texts.get("shell.reset.text"),
                org.ganclassroom.ui.DialogButtons.ok(), org.ganclassroom.ui.DialogButtons.cancel());
        alert.setTitle(Texts.get("shell.reset.title"));
        alert.setHeaderText(Texts.get("shell.reset.title"));
        alert.initOwner(stage);
        if (org.ganclassroom.ui.DialogButtons.confirmed(alert.showAndWait())) {
            progress.clear();
            saveProgress();
            model.clearOpened();
            model.select(model.currentIndexProperty().get()); // the lesson on screen counts as opened again
            showCurrentLesson();
            status.setText(Texts.get("shell.reset.done"));
        }
    }

    /**
     * Shows the lessons in another language at once, on the same lesson: lesson ids are file names, the
     * same in every translation, so progress and the current lesson carry over.
     */
    private void showLanguage(String language) {
        applyOrientation(language);
        Path folder = org.ganclassroom.lesson.Translations.folderFor(courseRoot, language);
        if (!folder.equals(lessonsFolder) || !windowLanguage(folder, language).equals(Texts.language())) {
            lessonsFolder = folder;
            Texts.use(windowLanguage(folder, language));
            root.setTop(toolbar());
            views = new LessonViews(lessonsFolder, lessonContext);
            projectedViews = projectedViews == null ? null : new LessonViews(lessonsFolder, lessonContext.projectedFresh());
            reloadLessons();
        }
    }

    /**
     * The window's words: those of the lessons' language (a translation's folder name, else English), or with
     * the pseudo-locale the English words marked (the English lessons stay as they are).
     */
    private static String windowLanguage(Path lessonsFolder, String language) {
        return org.ganclassroom.text.PseudoLocale.is(language) && !org.ganclassroom.lesson.Translations.isTranslation(
                lessonsFolder) ? org.ganclassroom.text.PseudoLocale.CODE
                : org.ganclassroom.lesson.Translations.languageOf(lessonsFolder);
    }

    /**
     * Right-to-left languages mirror the whole window: the navigator moves to the right, the dock to the
     * left, text aligns right. Pictures, the plots and formulas stay as drawn (base.css, MetricPlot).
     */
    private String pointing(String label) {
        // in a mirrored window "next" lies to the left, so its arrow turns round with the layout
        return scene != null && scene.getNodeOrientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT
                ? label.replace('◀', '\u0000').replace('▶', '◀').replace('\u0000', '▶') : label;
    }

    private void applyOrientation(String language) {
        javafx.geometry.NodeOrientation wanted = Texts.rightToLeft(language)
                ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT;
        if (scene.getNodeOrientation() != wanted) {
            scene.setNodeOrientation(wanted);
            root.setTop(toolbar()); // the arrows of Previous and Next turn round
        }
    }

    /** The Class… button (see {@link org.ganclassroom.ui.classmode.ClassMenu}). */
    public void openClass() {
        classMenu.open(courseAlongPath());
    }

    /** Joins the class at the projector's address in this app; null, or why not. */
    public String joinClass(String typed) {
        return classMenu.joinClass(typed);
    }

    public java.util.Optional<org.ganclassroom.ui.classmode.StudentClassWindow> studentWindow() {
        return classMenu.studentWindow();
    }

    public void startClass() {
        classMenu.startClass(courseAlongPath());
    }

    /** The class window, if it was opened (tests read it). */
    public java.util.Optional<org.ganclassroom.ui.classmode.ClassWindow> classWindow() {
        return classMenu.classWindow();
    }

    /** My results: the summary, the student's name and the CSV export. */
    public void showResults() {
        if (course != null) {
            new ResultsDialog(course, progress, status::setText).show(stage, TITLE, this::saveProgress);
        }
    }

    public void exportResults(Path file) {
        if (course != null) {
            new ResultsDialog(course, progress, status::setText).export(file);
        }
    }

    private void showDock(boolean open) {
        if (open && !split.getItems().contains(dock)) {
            split.getItems().add(dock);
            split.setDividerPositions(lessonShare(model.presenterProperty().get()));
        } else if (!open) {
            split.getItems().remove(dock);
        }
    }

    /** Shows the big-grid view over the window, or takes it away (G, or a click on either grid). */
    public void toggleBigGrid() {
        if (bigGrid == null) {
            bigGrid = dock.panel().bigGrid(this::toggleBigGrid);
            layers.getChildren().add(bigGrid);
        } else {
            layers.getChildren().remove(bigGrid);
            bigGrid = null;
            keys.focusLesson();
        }
    }

    private double lessonShare(boolean presenting) {
        if (!presenting) {
            return LESSON_SHARE;
        }
        // presenter mode is full screen on the screen the window is on: the projector, beside a laptop's own
        var screens = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight()));
        double width = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getBounds().getWidth();
        return width < SMALL_SCREEN_BELOW ? SMALL_PRESENTER_LESSON_SHARE : PRESENTER_LESSON_SHARE;
    }

    private void applyPresenterMode(boolean on) {
        String presenterCss = stylesheet("presenter.css");
        applyTypeScale();
        if (on) {
            root.getStyleClass().add("presenter");
            if (!scene.getStylesheets().contains(presenterCss)) {
                scene.getStylesheets().add(presenterCss);
            }
        } else {
            root.getStyleClass().remove("presenter");
            scene.getStylesheets().remove(presenterCss);
        }
        // Projected checks start unanswered; leaving shows the instructor's own answers again.
        projectedViews = on ? new LessonViews(lessonsFolder, lessonContext.projectedFresh()) : null;
        showCurrentLesson();
        stage.setFullScreenExitHint(on ? Texts.get("presenter.exitHint") : "");
        stage.setFullScreen(on);
        dock.setVvalue(0); // the grid on top: the dock kept its desk scroll position and hid it
        if (split.getItems().contains(dock)) {
            // On a projector the grid and charts get as much room as the lesson.
            split.setDividerPositions(lessonShare(on));
        }
    }

    private void rememberPlacement() {
        if (!stage.isFullScreen()) {
            settings.setWindowPlacement(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
        settings.save();
    }

    private static boolean isOnAScreen(WindowPlacement placement) {
        Rectangle2D titleBar = new Rectangle2D(placement.x(), placement.y(), Math.max(1, placement.width()), 40);
        return !Screen.getScreensForRectangle(titleBar).isEmpty();
    }

    private static Node message(String heading, String text) {
        Label title = new Label(heading);
        title.getStyleClass().add("lesson-title");
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("lesson-note");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(title, body);
        box.setId("no-lessons-pane");
        box.getStyleClass().add("lesson-column");
        return box;
    }

    private static String stylesheet(String name) {
        return MainWindow.class.getResource("/org/ganclassroom/ui/" + name).toExternalForm();
    }
}
