package org.ganclassroom.ui.lesson;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ganclassroom.lesson.CheckItem;

/**
 * Check items shown one under another, each with its answer hidden behind "Show answer" so a class can
 * think first. (The scored, keyboard-driven quiz is the true/false pane's job.)
 */
final class CheckItemsView extends VBox {

    CheckItemsView(List<CheckItem> items) {
        getStyleClass().add("check-items");
        int number = 1;
        for (CheckItem item : items) {
            getChildren().add(row(number++, item));
        }
    }

    private static VBox row(int number, CheckItem item) {
        Label prompt = new Label(number + ". " + item.prompt());
        prompt.getStyleClass().add("check-prompt");
        prompt.setWrapText(true);
        VBox row = new VBox(prompt);
        row.getStyleClass().add("check-item");
        if (item instanceof CheckItem.MultipleChoice choice) {
            char letter = 'A';
            for (String option : choice.choices()) {
                Label line = new Label(letter++ + ")  " + option);
                line.getStyleClass().add("check-choice");
                line.setWrapText(true);
                row.getChildren().add(line);
            }
        } else {
            Label kind = new Label("True or false?");
            kind.getStyleClass().add("check-choice");
            row.getChildren().add(kind);
        }
        Label answer = new Label(answerText(item) + " " + item.explanation());
        answer.getStyleClass().add("check-answer");
        answer.setWrapText(true);
        answer.setVisible(false);
        answer.setManaged(false);
        Button reveal = new Button("Show answer");
        reveal.getStyleClass().add("check-reveal");
        reveal.setOnAction(e -> {
            boolean show = !answer.isVisible();
            answer.setVisible(show);
            answer.setManaged(show);
            reveal.setText(show ? "Hide answer" : "Show answer");
        });
        row.getChildren().addAll(new HBox(reveal), answer);
        return row;
    }

    static String answerText(CheckItem item) {
        if (item instanceof CheckItem.TrueFalse trueFalse) {
            return trueFalse.answer() ? "True." : "False.";
        }
        CheckItem.MultipleChoice choice = (CheckItem.MultipleChoice) item;
        return (char) ('A' + choice.correctIndex()) + ") " + choice.correctChoice() + ".";
    }
}
