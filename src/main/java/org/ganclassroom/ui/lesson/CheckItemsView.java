package org.ganclassroom.ui.lesson;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.lesson.CheckItem;
import org.ganclassroom.quiz.Answer;
import org.ganclassroom.quiz.Grading;

/**
 * The checks under a concept page, one under another, each answered with its own buttons (True / False, or
 * one button per choice). An answer is marked, saved with the student's progress (so My results counts
 * only what a student could answer) and shown with the explanation; the chosen button and the right one
 * are highlighted. A check answered on an earlier visit shows its answer again.
 */
final class CheckItemsView extends VBox {

    private final String lessonId;
    private final LessonContext context;

    CheckItemsView(String lessonId, List<CheckItem> items, LessonContext context) {
        this.lessonId = lessonId;
        this.context = context;
        getStyleClass().add("check-items");
        // multiple-choice answers in this student's order (the same each visit): their place tells nothing
        List<CheckItem> ordered = org.ganclassroom.quiz.ChoiceOrder.forStudent(context.progress().choiceOrder(),
                lessonId, items);
        for (int i = 0; i < ordered.size(); i++) {
            getChildren().add(row(i, ordered.get(i)));
        }
    }

    /** Focuses the first check not yet answered (its first answer), else the first check's question. */
    void focusFirst() {
        for (Node row : getChildren()) {
            FlowPane choices = (FlowPane) ((VBox) row).getChildren().get(1);
            Node first = choices.getChildren().get(0);
            if (!first.isDisabled()) {
                first.requestFocus();
                return;
            }
        }
        if (!getChildren().isEmpty()) {
            ((VBox) getChildren().get(0)).getChildren().get(0).requestFocus();
        }
    }

    private VBox row(int index, CheckItem item) {
        Label prompt = new Label((index + 1) + ". " + item.prompt());
        prompt.getStyleClass().add("check-prompt");
        prompt.setWrapText(true);
        FlowPane choices = new FlowPane();
        choices.getStyleClass().add("check-choices");
        Label feedback = new Label();
        feedback.getStyleClass().addAll("check-answer", "quiz-feedback");
        feedback.setWrapText(true);
        feedback.setVisible(false);
        feedback.setManaged(false);
        if (item instanceof CheckItem.MultipleChoice choice) {
            char letter = 'A';
            for (String option : choice.choices()) {
                choices.getChildren().add(choiceButton(letter++ + ")  " + option, option));
            }
        } else {
            choices.getChildren().addAll(choiceButton(Texts.get("check.true"), "true"), choiceButton(Texts.get("check.false"), "false"));
        }
        // A long choice wraps inside the column instead of widening it: unbounded, its one-line width made
        // the whole lesson wider than the window and cut every check's text at the right edge.
        choices.setMinWidth(0);
        prompt.setMinWidth(0);
        for (Node node : choices.getChildren()) {
            Button button = (Button) node;
            button.setMinWidth(0);
            button.maxWidthProperty().bind(choices.widthProperty());
            button.setOnAction(e -> {
                Answer marked = Grading.grade(lessonId, index, item, (String) button.getUserData(), Instant.now());
                context.progress().record(marked);
                context.saveProgress().run();
                // Focus first: disabling the focused button would hand the focus on to the dock's Start.
                prompt.requestFocus();
                show(marked, item, choices, feedback);
            });
        }
        VBox row = new VBox(prompt, choices, feedback);
        row.getStyleClass().add("check-item");
        row.setId("check-" + (index + 1));
        if (context.projected()) {
            // On the projector the room decides first; the instructor then answers for the room or reveals.
            Button reveal = new Button(Texts.get("check.reveal"));
            reveal.setId("reveal-" + (index + 1));
            reveal.getStyleClass().add("reveal-button");
            reveal.setOnAction(e -> {
                prompt.requestFocus();
                reveal(item, choices, feedback, false);
            });
            reveal.visibleProperty().bind(feedback.visibleProperty().not());
            reveal.managedProperty().bind(reveal.visibleProperty());
            row.getChildren().add(2, reveal);
        }
        Optional<Answer> earlier = context.progress().answer(lessonId, index);
        earlier.ifPresent(answer -> show(answer, item, choices, feedback));
        return row;
    }

    private static Button choiceButton(String text, String given) {
        Button button = new Button(text);
        button.getStyleClass().add("check-choice-button");
        button.setWrapText(true);
        button.setUserData(given);
        return button;
    }

    private static void show(Answer answer, CheckItem item, FlowPane choices, Label feedback) {
        choices.getChildren().forEach(n -> n.setDisable(true));
        markChoices(choices.getChildren(), item, answer.given());
        feedback.getStyleClass().removeAll("right", "wrong");
        feedback.getStyleClass().add(answer.correct() ? "right" : "wrong");
        feedback.setText(feedback(item, answer));
        feedback.setVisible(true);
        feedback.setManaged(true);
    }

    /**
     * Shows the right answer and why without answering: nothing is recorded. {@code numbered}: the quiz names
     * choices by number, a concept page's checks by letter.
     */
    static void reveal(CheckItem item, FlowPane choices, Label feedback, boolean numbered) {
        choices.getChildren().forEach(n -> n.setDisable(true));
        markChoices(choices.getChildren(), item, null);
        feedback.getStyleClass().removeAll("right", "wrong", "pending");
        feedback.getStyleClass().add("revealed");
        feedback.setText(Texts.get("feedback.answerIs", answerText(item, numbered)) + " " + item.explanation());
        feedback.setVisible(true);
        feedback.setManaged(true);
    }

    /**
     * Marks the student's button "chosen" and the right one "correct-choice" (buttons carry what they
     * answer as user data), so both stay visible after answering, not only in the sentence below.
     */
    static void markChoices(List<Node> buttons, CheckItem item, String given) {
        for (Node node : buttons) {
            Object answers = node.getUserData();
            node.getStyleClass().removeAll("chosen", "correct-choice");
            if (answers == null) {
                continue;
            }
            if (answers.equals(given)) {
                node.getStyleClass().add("chosen");
            }
            if (Grading.isRight(item, (String) answers)) {
                node.getStyleClass().add("correct-choice");
            }
        }
    }

    /** "True." / "Vrai." / "B) Strided convolutions.": the right answer, in the window's language. */
    static String answerText(CheckItem item) {
        return answerText(item, false);
    }

    /**
     * The right answer as the buttons name it: lettered under a concept page ("B) Strided convolutions."),
     * numbered in the quiz, whose choices are keys 1-4 ("3) 0.69."; it said "C) 0.69" under choices 1-4).
     */
    static String answerText(CheckItem item, boolean numbered) {
        if (item instanceof CheckItem.TrueFalse statement) {
            return Texts.get(statement.answer() ? "check.true" : "check.false") + ".";
        }
        if (numbered) {
            CheckItem.MultipleChoice choice = (CheckItem.MultipleChoice) item;
            return (choice.correctIndex() + 1) + ") " + choice.correctChoice() + ".";
        }
        return Grading.answerText(item);
    }

    /** Right or not, the answer and why, in the window's language (the explanation is the lesson's own). */
    static String feedback(CheckItem item, Answer answer) {
        return feedback(item, answer, false);
    }

    static String feedback(CheckItem item, Answer answer, boolean numbered) {
        return Texts.get(answer.correct() ? "feedback.right" : "feedback.wrong") + " "
                + Texts.get("feedback.answerIs", answerText(item, numbered)) + " " + item.explanation();
    }
}
