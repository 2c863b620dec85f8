package org.ganclassroom.ui.shell;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.ui.lesson.KeyboardLesson;
import org.ganclassroom.ui.lesson.LessonPage;
import org.ganclassroom.ui.training.TrainingPanel;

/**
 * Where the window's keys go, so keys pressed while reading or answering a lesson never reach the dock.
 *
 * <ul>
 *   <li>The lesson's own keys (T/F, 1-4, Enter after an answer...) come first, whatever has the focus.</li>
 *   <li>Right/PageDown, Left/PageUp change lesson, F5 presenter mode, Ctrl+R reloads the lessons, G shows the
 *       big grid (or hides it).</li>
 *   <li>Space is Start/Pause and S one step, except where the focus is on something of the lesson's own
 *       (an answer button, a glossary word, a question): there Space presses that button, as in any desktop
 *       program. The lesson page itself (what a new lesson focuses) still gives Space to the dock.</li>
 *   <li>The focus never falls into the dock by itself. JavaFX hands the focus to the next control in the
 *       scene when the focused one is hidden or disabled (the quiz's Next after Enter, an answered check's
 *       buttons), and the next control after the lesson is the dock's Start: the following Enter started or
 *       paused the projected training. Such a move is undone; Tab and a click still reach the dock, and
 *       after a click on one of the dock's buttons the focus goes back to the lesson, so Enter typed for a
 *       quiz never presses Start again.</li>
 * </ul>
 */
final class KeyRouting {

    private final Scene scene;
    private final StackPane lessonHost;
    private final Node dock;
    private final TrainingPanel training;
    private final ShellModel model;
    private final Runnable reloadLessons;
    private final Runnable toggleBigGrid;
    /** True while a Tab or a mouse press is being handled: a focus move then is the person's own. */
    private boolean personMovesFocus;

    KeyRouting(Scene scene, StackPane lessonHost, Node dock, TrainingPanel training, ShellModel model,
               Runnable reloadLessons, Runnable toggleBigGrid) {
        this.scene = scene;
        this.lessonHost = lessonHost;
        this.dock = dock;
        this.training = training;
        this.model = model;
        this.reloadLessons = reloadLessons;
        this.toggleBigGrid = toggleBigGrid;
    }

    void install() {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> personMoves());
        // Keyboard traps: a slider dragged, a drop-down chosen or a dock button clicked with the mouse kept
        // the focus, and with it the arrows, Space and Enter: a clicker's Right moved the slider, Space did not
        // pause training, Enter pressed Start. After such a mouse use the focus goes back to the lesson; Tab
        // still reaches every control for keyboard users.
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            Node focus = scene.getFocusOwner();
            if (focus instanceof Slider || (focus instanceof ButtonBase && inside(focus, dock))) {
                focusLesson();
            }
        });
        scene.addEventFilter(ComboBoxBase.ON_HIDDEN, e -> focusLesson());
        scene.focusOwnerProperty().addListener((obs, was, now) -> {
            if (now != null && inside(now, dock) && !personMovesFocus && (was == null || inside(was, lessonHost)
                    || was.getScene() == null)) {
                Platform.runLater(this::focusLesson); // after the move that is still under way
            }
        });
    }

    /** Gives the focus to the lesson on screen: its question, or its page so Tab reaches its first check. */
    void focusLesson() {
        if (!lessonHost.getChildren().isEmpty()) {
            Node lesson = lessonHost.getChildren().get(0);
            if (lesson instanceof LessonPage page) {
                page.focusStart();
            } else {
                lesson.requestFocus();
            }
        }
    }

    private void personMoves() {
        personMovesFocus = true;
        Platform.runLater(() -> personMovesFocus = false);
    }

    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.TAB) {
            personMoves();
            return;
        }
        String typed = code.isLetterKey() ? code.getChar() : "";
        Node lesson = lessonHost.getChildren().isEmpty() ? null : lessonHost.getChildren().get(0);
        if (lesson instanceof KeyboardLesson keyboardLesson && shortcutKeysFree() && !event.isShortcutDown()
                && keyboardLesson.handleKey(event)) {
            event.consume(); // the lesson's own keys (T/F, F/R, N...) come first
            return;
        }
        if (code == KeyCode.F5) {
            model.presenterProperty().set(!model.presenterProperty().get());
        } else if (code == KeyCode.PAGE_DOWN || (code == KeyCode.RIGHT && shortcutKeysFree())) {
            model.next();
            focusLesson(); // even from the navigator: the clicker's next lesson is read, not listed
        } else if (code == KeyCode.PAGE_UP || (code == KeyCode.LEFT && shortcutKeysFree())) {
            model.previous();
            focusLesson();
        } else if (KeyCombination.keyCombination("Shortcut+R").match(event)) {
            reloadLessons.run();
        } else if (code == KeyCode.SPACE && shortcutKeysFree() && !focusOnLessonPart()) {
            // Space is play/pause on a focused toolbar button too: after a click on "Next", Space would
            // otherwise change the lesson.
            training.togglePlay();
        } else if (Texts.isShortcut(typed, "key.dock.step") && !event.isShortcutDown() && shortcutKeysFree()) {
            training.step(GanModel.StepKind.BOTH);
        } else if (Texts.isShortcut(typed, "key.dock.bigGrid") && !event.isShortcutDown() && shortcutKeysFree()) {
            toggleBigGrid.run();
        } else {
            return;
        }
        event.consume();
    }

    /** Arrows, Space, S and the lesson keys belong to a focused text field, slider, spinner or combo box. */
    private boolean shortcutKeysFree() {
        Node focus = scene.getFocusOwner();
        return !(focus instanceof TextInputControl || focus instanceof Slider || focus instanceof Spinner
                || focus instanceof ComboBoxBase);
    }

    /** Something inside the lesson has the focus (an answer, a glossary word), not the lesson's page itself. */
    private boolean focusOnLessonPart() {
        Node focus = scene.getFocusOwner();
        return focus != null && inside(focus, lessonHost) && !(focus instanceof LessonPage)
                && focus != lessonHost;
    }

    static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
