package org.ganclassroom.ui.classmode;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.ganclassroom.classmode.ClassClient;
import org.ganclassroom.classmode.CourseChecks;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.ui.DialogButtons;
import org.ganclassroom.ui.Texts;

/**
 * The main window's Class… button: an instructor starts a class on this computer (the projectable
 * {@link ClassWindow}); a student joins one running on the instructor's and answers in this app
 * ({@link StudentClassWindow}); phones use the page the class serves, and both speak one API. Owns the
 * two windows it opens.
 */
public final class ClassMenu {

    private final Stage owner;
    private final Path userData;
    private final Supplier<Optional<GanTrainer>> trainer;
    private final Consumer<String> status;
    private ClassWindow classWindow;
    private StudentClassWindow studentWindow;

    /** @param status where a sentence for the user goes (the main window's status line) */
    public ClassMenu(Stage owner, Path userData, Supplier<Optional<GanTrainer>> trainer, Consumer<String> status) {
        this.owner = owner;
        this.userData = userData;
        this.trainer = trainer;
        this.status = status;
    }

    /** Asks: start a class here, or join one? */
    public void open(Course course) {
        if (classWindow != null && classWindow.stage().isShowing()) {
            classWindow.stage().toFront();
            return;
        }
        ButtonType start = new ButtonType(Texts.get("class.choose.start"));
        ButtonType join = new ButtonType(Texts.get("class.choose.join"));
        Alert choice = new Alert(Alert.AlertType.NONE, Texts.get("class.choose.text"), start, join,
                DialogButtons.cancel());
        choice.setTitle(Texts.get("class.title"));
        choice.initOwner(owner);
        Optional<ButtonType> chosen = choice.showAndWait();
        if (chosen.filter(start::equals).isPresent()) {
            startClass(course);
        } else if (chosen.filter(join::equals).isPresent()) {
            TextInputDialog ask = new TextInputDialog();
            ask.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
            ask.setTitle(Texts.get("class.choose.join"));
            ask.setHeaderText(Texts.get("class.join.prompt"));
            ask.initOwner(owner);
            ask.showAndWait().ifPresent(typed -> {
                String problem = joinClass(typed);
                if (problem != null) {
                    status.accept(problem);
                }
            });
        }
    }

    /**
     * Opens this computer's class window for the address the projector shows ("http://192.168.1.20:8765/?code=ACE777",
     * or just "192.168.1.20:8765"): the student joins and answers inside the app. Returns null, or why not.
     */
    public String joinClass(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (ClassClient.forAddress(text).isEmpty()) {
            return Texts.get("class.join.bad", text);
        }
        studentWindow = StudentClassWindow.open(owner, text);
        return null;
    }

    /** Opens the class window (or brings it forward): the room answers the course's checks from phones. */
    public void startClass(Course course) {
        if (classWindow != null && classWindow.stage().isShowing()) {
            classWindow.stage().toFront();
            return;
        }
        open(course, false);
    }

    /** The class window's New class…: this class put away (its results kept), a new one with a new code. */
    private void newClass(Course course) {
        if (classWindow != null) {
            classWindow.stage().close(); // the server stops and the journal writes its last snapshot
        }
        open(course, true);
    }

    private void open(Course course, boolean newClass) {
        if (course == null) {
            return;
        }
        try {
            classWindow = ClassWindow.open(owner, userData,
                    CourseChecks.of(course, Texts.get("check.true"), Texts.get("check.false")),
                    // every network of this computer; tests listen on loopback only
                    System.getProperty("ganclassroom.classHost", "0.0.0.0"),
                    ClassWindow.fakeOrReal(trainer, Datasets.shipped()), newClass);
            classWindow.setOnNewClass(() -> newClass(course));
        } catch (java.io.IOException | RuntimeException failed) {
            status.accept(Texts.get("class.couldNotStart", failed.getMessage()));
        }
    }

    /** Closes both windows (the class server stops with the instructor's); the main window is closing. */
    public void close() {
        if (classWindow != null) {
            classWindow.stage().close();
        }
        if (studentWindow != null) {
            studentWindow.stage().close();
        }
    }

    public Optional<ClassWindow> classWindow() {
        return Optional.ofNullable(classWindow);
    }

    public Optional<StudentClassWindow> studentWindow() {
        return Optional.ofNullable(studentWindow);
    }
}
