package org.ganclassroom.ui.lesson;

import java.time.Instant;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.lesson.CheckItem;
import org.ganclassroom.lesson.LessonAssets;
import org.ganclassroom.quiz.Answer;
import org.ganclassroom.quiz.Grading;
import org.ganclassroom.quiz.Progress;
import org.ganclassroom.ui.markdown.MarkdownView;

/**
 * The true/false quiz: one statement at a time, answered with True/False (T/F keys) or, for a
 * multiple-choice item, with its choices (keys 1, 2, 3...). Then the right answer and why; Enter or N goes
 * to the next. Every answer is saved to the student's progress at once.
 */
final class TrueFalsePane extends LessonPage implements KeyboardLesson {

    private final String lessonId;
    private final List<CheckItem> items;
    private final LessonContext context;
    private final Label counter = new Label();
    private final Label prompt = new Label();
    private final FlowPane choices = new FlowPane();
    private final Label feedback = new Label();
    private final Button next = new Button(Texts.get("quiz.next"));
    private final Button reveal = new Button(Texts.get("check.reveal"));
    private final Label score = new Label();
    private int current;
    private boolean answered;

    TrueFalsePane(String lessonId, String title, String intro, List<CheckItem> items, LessonContext context,
                  LessonAssets assets) {
        super("true-false-pane", Texts.get("check.trueOrFalse"), title);
        this.lessonId = lessonId;
        // multiple-choice answers in this student's order (the same each visit): their place tells nothing
        this.items = org.ganclassroom.quiz.ChoiceOrder.forStudent(context.progress().choiceOrder(), lessonId, items);
        this.context = context;
        counter.setId("question-counter");
        counter.getStyleClass().add("lesson-note");
        prompt.setId("question-prompt");
        prompt.getStyleClass().add("quiz-prompt");
        prompt.setWrapText(true);
        prompt.setFocusTraversable(true); // a Tab stop of its own, so the next Tab is the first answer
        choices.getStyleClass().add("quiz-choices");
        feedback.setId("answer-feedback");
        feedback.getStyleClass().add("quiz-feedback");
        feedback.setWrapText(true);
        next.setId("next-question");
        next.setOnAction(e -> advance());
        score.setId("quiz-score");
        score.getStyleClass().add("quiz-score");
        score.setWrapText(true);
        reveal.setId("reveal-answer");
        reveal.getStyleClass().add("reveal-button");
        reveal.setOnAction(e -> revealAnswer());
        reveal.managedProperty().bind(reveal.visibleProperty());
        VBox card = new VBox(counter, prompt, choices, feedback, next);
        if (context.projected()) { // the room decides first; then the instructor answers for it or reveals
            card.getChildren().add(3, reveal);
        }
        card.getStyleClass().add("quiz-card");
        add(new MarkdownView(intro, assets), card, score);
        current = firstUnanswered();
        show();
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if (answered || current >= items.size()) {
            if (code == KeyCode.ENTER || code == KeyCode.N) {
                advance();
                return true;
            }
            return false;
        }
        CheckItem item = items.get(current);
        if (item instanceof CheckItem.TrueFalse) {
            // the keys follow the language: T/F for True/False, V/F for Vrai/Faux
            String typed = code.isLetterKey() ? code.getChar().toUpperCase(java.util.Locale.ROOT) : "";
            if (typed.equals(Texts.key("check.true")) || typed.equals(Texts.key("check.false"))) {
                answer(typed.equals(Texts.key("check.true")) ? "true" : "false");
                return true;
            }
        } else if (code.isDigitKey()) {
            int index = Integer.parseInt(code.getChar()) - 1;
            if (index >= 0 && index < ((CheckItem.MultipleChoice) item).choices().size()) {
                answer(((CheckItem.MultipleChoice) item).choices().get(index));
                return true;
            }
        }
        return false;
    }

    @Override
    public void focusStart() {
        focusWhenShown(answered ? next : prompt);
    }

    private void show() {
        // The question takes the focus before Next is hidden: a hidden focused button hands the focus to the
        // next control in the window, the dock's Start, and the following Enter started the training.
        prompt.requestFocus();
        answered = false;
        choices.getChildren().clear();
        feedback.setText("");
        feedback.getStyleClass().removeAll("right", "wrong", "pending");
        next.setVisible(false);
        reveal.setVisible(current < items.size());
        if (current >= items.size()) {
            counter.setText(Texts.get("quiz.finished"));
            prompt.setText(Texts.get("quiz.allAnswered"));
            Button again = new Button(Texts.get("quiz.again"));
            again.setId("restart-quiz");
            again.setOnAction(e -> {
                current = 0;
                show();
            });
            choices.getChildren().add(again);
            showScore();
            return;
        }
        CheckItem item = items.get(current);
        counter.setText(Texts.get("quiz.question", current + 1, items.size()));
        prompt.setText(item.prompt());
        if (item instanceof CheckItem.MultipleChoice choice) {
            for (int i = 0; i < choice.choices().size(); i++) {
                String option = choice.choices().get(i);
                Button button = new Button((i + 1) + "  " + option);
                button.setId("choice-" + (i + 1));
                button.setWrapText(true);
                button.setOnAction(e -> answer(option));
                button.setUserData(option);
                choices.getChildren().add(button);
            }
        } else {
            Button yes = new Button(Texts.get("quiz.trueKey", Texts.get("check.true"), Texts.key("check.true")));
            yes.setId("answer-true");
            yes.setOnAction(e -> answer("true"));
            yes.setUserData("true");
            Button no = new Button(Texts.get("quiz.trueKey", Texts.get("check.false"), Texts.key("check.false")));
            no.setId("answer-false");
            no.setOnAction(e -> answer("false"));
            no.setUserData("false");
            choices.getChildren().addAll(yes, no);
        }
        // The band the explanation will take says so until then: on a projector it was an empty grey strip.
        feedback.getStyleClass().add("pending");
        feedback.setText(item instanceof CheckItem.MultipleChoice choice
                ? Texts.get("quiz.pending.choice", choice.choices().size())
                : Texts.get("quiz.pending.trueFalse", Texts.key("check.true"), Texts.key("check.false")));
        showScore();
    }

    private void answer(String given) {
        if (answered) {
            return;
        }
        CheckItem item = items.get(current);
        Answer marked = Grading.grade(lessonId, current, item, given, Instant.now());
        boolean right = marked.correct();
        context.progress().record(marked);
        context.saveProgress().run();
        offerNext();
        choices.getChildren().forEach(n -> n.setDisable(true));
        CheckItemsView.markChoices(choices.getChildren(), item, given);
        feedback.getStyleClass().remove("pending");
        feedback.getStyleClass().add(right ? "right" : "wrong");
        feedback.setText(CheckItemsView.feedback(item, marked, true));
        showScore();
    }

    /** After an answer or a reveal: Next (Enter) takes the focus, before the answer's buttons are disabled. */
    private void offerNext() {
        answered = true;
        // Focus first: disabling or hiding the focused button would hand the focus on to the dock's Start.
        next.setVisible(true);
        next.requestFocus();
        reveal.setVisible(false);
        next.setText(current + 1 < items.size() ? Texts.get("quiz.next") : Texts.get("quiz.seeScore"));
    }

    /** Projected: the right answer and why, recorded nowhere; Enter then goes on as after an answer. */
    private void revealAnswer() {
        if (answered || current >= items.size()) {
            return;
        }
        offerNext();
        CheckItemsView.reveal(items.get(current), choices, feedback, true);
    }

    private void advance() {
        if (current < items.size()) {
            current++;
        }
        show();
    }

    private void showScore() {
        Progress.Score s = context.progress().score(lessonId);
        score.setText(s.isEmpty() ? "" : Texts.get("quiz.score", s.correct(), s.answered(), items.size()));
    }

    private int firstUnanswered() {
        for (int i = 0; i < items.size(); i++) {
            if (context.progress().answer(lessonId, i).isEmpty()) {
                return i;
            }
        }
        return 0;
    }
}
