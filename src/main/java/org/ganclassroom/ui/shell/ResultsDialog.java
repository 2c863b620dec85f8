package org.ganclassroom.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.quiz.CourseReport;
import org.ganclassroom.quiz.Progress;
import org.ganclassroom.storage.AtomicFiles;
import org.ganclassroom.ui.DialogButtons;
import org.ganclassroom.ui.Texts;

/**
 * My results: the end-of-course summary with the student's name (it goes into the summary and the CSV, so an
 * instructor collecting files knows whose each is), and the CSV export.
 */
final class ResultsDialog {

    private final Course course;
    private final Progress progress;
    private final Consumer<String> status;

    /** @param status where "saved to …" or why not goes (the main window's status line) */
    ResultsDialog(Course course, Progress progress, Consumer<String> status) {
        this.course = course;
        this.progress = progress;
        this.status = status;
    }

    /** Shows the summary; {@code saveProgress} runs after it closes (the name typed in it). */
    void show(Window owner, String title, Runnable saveProgress) {
        Alert dialog = new Alert(Alert.AlertType.INFORMATION);
        dialog.setTitle(Texts.get("toolbar.results"));
        dialog.setHeaderText(Texts.get("shell.results.header", title));
        Label text = new Label(String.join("\n", new CourseReport(course, progress).lines()));
        text.setId("results-text");
        text.setWrapText(true);
        TextField name = new TextField(progress.studentName());
        name.setId("student-name");
        name.setPromptText(Texts.get("shell.results.namePrompt"));
        name.textProperty().addListener((obs, old, typed) -> {
            progress.setStudentName(typed);
            text.setText(String.join("\n", new CourseReport(course, progress).lines()));
        });
        dialog.getDialogPane().setContent(new VBox(8, new Label(Texts.get("shell.results.name")), name, text));
        ButtonType export = new ButtonType(Texts.get("shell.results.export"));
        dialog.getButtonTypes().setAll(export, DialogButtons.close());
        dialog.initOwner(owner);
        var chosen = dialog.showAndWait();
        saveProgress.run();
        chosen.filter(export::equals).ifPresent(b -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("shell.results.saveTitle"));
            chooser.setInitialFileName(progress.studentName().isEmpty() ? "gan-classroom-results.csv"
                    : "gan-classroom-results-" + progress.studentName().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            java.io.File file = chooser.showSaveDialog(owner);
            if (file != null) {
                export(file.toPath());
            }
        });
    }

    void export(Path file) {
        try {
            AtomicFiles.writeString(file, new CourseReport(course, progress).csv());
            status.accept(Texts.get("shell.results.saved", file));
        } catch (java.io.IOException failed) {
            status.accept("⚠ " + Texts.get("dock.couldNotSave", file, failed.getMessage()));
        }
    }
}
