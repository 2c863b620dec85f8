package org.ganclassroom.ui.lesson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonAssets;
import org.ganclassroom.quiz.CheckpointForgers;
import org.ganclassroom.quiz.FakeOrRealRound;
import org.ganclassroom.quiz.Forgers;
import org.ganclassroom.quiz.RoundResult;
import org.ganclassroom.quiz.TrainerForgers;
import org.ganclassroom.ui.markdown.MarkdownView;

/**
 * The student plays discriminator: real digits and forgeries, answered Fake (F) or Real (R); in pair mode,
 * two images side by side and the student picks the real one (1 or 2). At the end, "How did we do?"
 * reveals every image with the student's answer beside the discriminator's own verdict D(x).
 * Forgeries come from the generator in the training panel once it has trained, else from the generators
 * shipped in sample-data/checkpoints. The round is built on a background thread.
 */
final class FakeOrRealPane extends LessonPage implements KeyboardLesson {

    /** Below this many steps the live generator only draws fog; the shipped ones make a better quiz. */
    static final long LIVE_GENERATOR_MIN_STEPS = 200;
    private static final double IMAGE_SIZE = 224;

    private final Lesson.FakeOrReal lesson;
    private final LessonContext context;
    private final VBox stage = new VBox();
    private final Label status = new Label();
    private FakeOrRealRound round;
    private final List<Boolean> answers = new ArrayList<>();
    /** WhichFaceIsReal-style: the verdict after each image instead of all at the end. */
    private final javafx.scene.control.CheckBox instantFeedback = new javafx.scene.control.CheckBox(
            Texts.get("fr.instant"));
    /** Instant feedback is showing for the last answer; Enter (or Next) goes on. */
    private boolean showingFeedback;

    FakeOrRealPane(Lesson.FakeOrReal lesson, LessonContext context, LessonAssets assets) {
        super("fake-or-real-pane", Texts.get("kind.fakeOrReal"), lesson.title());
        this.lesson = lesson;
        this.context = context;
        stage.getStyleClass().add("quiz-card");
        status.setId("round-status");
        status.getStyleClass().add("lesson-note");
        status.setWrapText(true);
        instantFeedback.setId("instant-feedback");
        instantFeedback.setWrapText(true); // "…whether I was …" at 1024x768
        add(new MarkdownView(lesson.intro(), assets), stage, status);
        showStart();
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        if (round == null || answers.size() >= round.questions().size()) {
            if (event.getCode() == KeyCode.ENTER && stage.lookup("#start-round") != null) {
                startRound();
                return true;
            }
            return false;
        }
        KeyCode code = event.getCode();
        if (showingFeedback) {
            if (code == KeyCode.ENTER) {
                nextAfterFeedback();
                return true;
            }
            return false;
        }
        boolean pair = round.questions().get(answers.size()).isPair();
        String typed = code.isLetterKey() ? code.getChar().toUpperCase(Locale.ROOT) : "";
        if (!pair && (typed.equals(Texts.key("fr.fake")) || typed.equals(Texts.key("fr.real")))) {
            answer(typed.equals(Texts.key("fr.real"))); // F/R, or F/V in French (Faux/Vrai)
            return true;
        }
        if (pair && (code == KeyCode.DIGIT1 || code == KeyCode.DIGIT2 || code == KeyCode.NUMPAD1 || code == KeyCode.NUMPAD2)) {
            answer(code == KeyCode.DIGIT1 || code == KeyCode.NUMPAD1);
            return true;
        }
        return false;
    }

    private void showStart() {
        Label what = new Label(lesson.mode() == Lesson.FakeOrReal.QuizMode.PAIR
                ? Texts.get("fr.howPairs", lesson.images())
                : Texts.get("fr.howSingle", lesson.images(), Texts.key("fr.fake"), Texts.key("fr.real")));
        what.setWrapText(true);
        Button start = new Button(Texts.get("fr.start"));
        start.setId("start-round");
        start.setOnAction(e -> startRound());
        stage.getChildren().setAll(what, instantFeedback, start);
        context.progress().bestRound(lesson.id()).ifPresent(best -> status.setText(
                Texts.get("fr.best", best.correct(), best.total())));
    }

    private void startRound() {
        stage.getChildren().setAll(new Label(Texts.get("fr.preparing")));
        long seed = lesson.seed() + context.progress().rounds().stream()
                .filter(r -> r.lessonId().equals(lesson.id())).count(); // a new round each time, reproducibly
        context.background().execute(() -> {
            try {
                ImageSet real = context.datasets().test(lesson.dataset());
                Forgers forgers = forgers();
                FakeOrRealRound built = FakeOrRealRound.build(lesson.images(),
                        lesson.mode() == Lesson.FakeOrReal.QuizMode.PAIR, seed, real, forgers);
                Platform.runLater(() -> {
                    round = built;
                    answers.clear();
                    status.setText(Texts.get("fr.forgeries", forgerWords(built)));
                    showQuestion();
                });
            } catch (Exception problem) {
                Platform.runLater(() -> {
                    showStart();
                    status.setText(Texts.get("fr.notPrepared", problem.getMessage()));
                });
            }
        });
    }

    /** "the generator trained in the training panel (step 1,200)", in the window's language. */
    private static String forgerWords(FakeOrRealRound round) {
        List<String> steps = round.forgerSteps().stream()
                .map(step -> String.format(Texts.locale(), "%,d", step)).toList();
        return round.liveForger() ? Texts.get("fr.forgers.live", steps.get(0))
                : Texts.get("fr.forgers.shipped", String.join(Texts.get("fr.forgers.and"), steps));
    }

    private Forgers forgers() throws Exception {
        var live = context.trainer().get();
        // The class's own generator only when it learns the lesson's dataset: no digits in a clothes quiz.
        if (live.isPresent() && live.get().latest().step() >= LIVE_GENERATOR_MIN_STEPS
                && live.get().state() != GanTrainer.State.CLOSED && live.get().nativeEngine()
                && lesson.dataset().equals(live.get().datasetName())) {
            return new TrainerForgers(live.get());
        }
        return CheckpointForgers.load(context.shippedCheckpoints(), lesson.dataset());
    }

    private void showQuestion() {
        int index = answers.size();
        if (index >= round.questions().size()) {
            showResults();
            return;
        }
        FakeOrRealRound.Question question = round.questions().get(index);
        Label counter = new Label(counterText(index));
        counter.setId("round-counter");
        if (question.isPair()) {
            Button left = imageButton("pick-first", question.first(), Texts.get("fr.thisOne", 1));
            Button right = imageButton("pick-second", question.second(), Texts.get("fr.thisOne", 2));
            left.setOnAction(e -> answer(true));
            right.setOnAction(e -> answer(false));
            HBox pair = new HBox(16, left, right);
            pair.setMinWidth(0);
            stage.getChildren().setAll(counter, pair);
        } else {
            ImageView view = image(question.first().pixels(), IMAGE_SIZE);
            view.setId("quiz-image");
            Button fake = new Button(Texts.get("fr.fake") + "  (" + Texts.key("fr.fake") + ")");
            fake.setId("answer-fake");
            fake.setOnAction(e -> answer(false));
            Button real = new Button(Texts.get("fr.real") + "  (" + Texts.key("fr.real") + ")");
            real.setId("answer-real");
            real.setOnAction(e -> answer(true));
            stage.getChildren().setAll(counter, view, new HBox(12, fake, real));
        }
    }

    private void answer(boolean answer) {
        if (showingFeedback) {
            return;
        }
        answers.add(answer);
        if (!instantFeedback.isSelected()) {
            showQuestion();
            return;
        }
        int index = answers.size() - 1;
        FakeOrRealRound.Question question = round.questions().get(index);
        boolean correct = round.isRight(index, answer);
        Label verdict = new Label(Texts.get(correct ? "fr.rightNow" : "fr.wrongNow") + " " + truth(question) + " "
                + discriminatorVerdict(question));
        verdict.setId("instant-verdict");
        verdict.getStyleClass().addAll("quiz-feedback", correct ? "right" : "wrong");
        verdict.setWrapText(true);
        Button next = new Button(Texts.get(index + 1 < round.questions().size() ? "fr.nextImage" : "fr.seeResults"));
        next.setId("next-image");
        next.setOnAction(e -> nextAfterFeedback());
        showingFeedback = true;
        stage.getChildren().setAll(new Label(counterText(index)),
                revealImages(question), verdict, next);
        next.requestFocus();
    }

    /** "Image 3 of 10", or "Pair 3 of 8" in the pair mode. */
    private String counterText(int index) {
        return Texts.get(round.questions().get(index).isPair() ? "fr.counter.pair" : "fr.counter", index + 1,
                round.questions().size());
    }

    private void nextAfterFeedback() {
        showingFeedback = false;
        showQuestion();
    }

    /** The pictures just answered, at the size they were asked at: shrinking them as the verdict came was a jump. */
    private javafx.scene.Node revealImages(FakeOrRealRound.Question q) {
        return q.isPair() ? new HBox(16, pairImage(q.first().pixels()), pairImage(q.second().pixels()))
                : image(q.first().pixels(), IMAGE_SIZE);
    }

    /**
     * One of a pair: two side by side must fit the lesson column (at 1024x768 or on a projector it is ~400 px),
     * so each takes at most half of it and the right-hand image is never cut off.
     */
    private ImageView pairImage(float[] pixels) {
        ImageView view = image(pixels, IMAGE_SIZE);
        javafx.beans.binding.DoubleBinding size = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(64, Math.min(IMAGE_SIZE, (stage.getWidth() - 16) / 2 - 24)), stage.widthProperty());
        view.fitWidthProperty().bind(size);
        view.fitHeightProperty().bind(size);
        return view;
    }

    private static String truth(FakeOrRealRound.Question q) {
        return Texts.get(q.isPair() ? (q.realIsFirst() ? "fr.truth.left" : "fr.truth.right")
                : q.first().real() ? "fr.truth.real" : "fr.truth.fake");
    }

    /**
     * What the discriminator made of it, in words: its D(x) is the probability it gives the image of being
     * real; in a pair it picks the image it rates more likely real.
     */
    static String discriminatorVerdict(FakeOrRealRound.Question q) {
        String outcome = Texts.get(q.discriminatorRight() ? "fr.outcome.right" : "fr.outcome.wrong");
        if (q.isPair()) {
            return Texts.get("fr.dPair", score(q.first().discriminatorScore()), score(q.second().discriminatorScore()),
                    side(q.discriminatorPicksFirst()), outcome);
        }
        return Texts.get("fr.dSingle", score(q.first().discriminatorScore()), outcome);
    }

    /** "left" or "right", in the window's language. */
    private static String side(boolean left) {
        return Texts.get(left ? "fr.side.left" : "fr.side.right");
    }

    /** A discriminator's D(x), two decimals, written the window language's way. */
    private static String score(double value) {
        return String.format(Texts.locale(), "%.2f", value);
    }

    private void showResults() {
        int right = 0;
        FlowPane reveal = new FlowPane(12, 12);
        reveal.setId("round-reveal");
        for (int i = 0; i < round.questions().size(); i++) {
            boolean correct = round.isRight(i, answers.get(i));
            right += correct ? 1 : 0;
            reveal.getChildren().add(revealCard(round.questions().get(i), answers.get(i), correct));
        }
        int total = round.questions().size();
        int detective = round.discriminatorCorrect();
        context.progress().record(new RoundResult(lesson.id(), right, total, detective, Instant.now()));
        context.saveProgress().run();
        Label heading = new Label(Texts.get("fr.howDid"));
        heading.getStyleClass().add("lesson-section");
        Label verdict = new Label(Texts.get("fr.score", right, total, detective, total) + " " + Texts.get(
                right > detective ? "fr.youWon" : right == detective ? "fr.draw" : "fr.dWon"));
        verdict.setId("round-score");
        verdict.getStyleClass().add("quiz-score");
        verdict.setWrapText(true);
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (!round.isRight(i, answers.get(i))) {
                missed.add(String.valueOf(i + 1));
            }
        }
        Label misses = new Label(missed.isEmpty() ? Texts.get("fr.missedNone")
                : missed.size() == 1 ? Texts.get("fr.missedOne", missed.get(0))
                : Texts.get("fr.missedMany", missed.size(), String.join(", ", missed)));
        misses.setId("round-misses");
        misses.setWrapText(true);
        Button again = new Button(Texts.get("fr.again"));
        again.setId("start-round");
        again.setOnAction(e -> startRound());
        stage.getChildren().setAll(heading, verdict, misses, reveal, again);
    }

    private VBox revealCard(FakeOrRealRound.Question q, boolean answer, boolean correct) {
        VBox card = new VBox(4);
        card.getStyleClass().addAll("reveal-card", correct ? "right" : "wrong");
        if (q.isPair()) {
            card.getChildren().add(new HBox(4, image(q.first().pixels(), 84), image(q.second().pixels(), 84)));
            card.getChildren().add(new Label(Texts.get("fr.card.real", side(q.realIsFirst()))));
            card.getChildren().add(new Label(Texts.get("fr.card.you", side(answer)) + (correct ? " ✓" : " ✗")));
            card.getChildren().add(new Label(Texts.get("fr.card.d", side(q.discriminatorPicksFirst()))
                    + (q.discriminatorRight() ? " ✓" : " ✗")));
            Label scores = new Label(Texts.get("fr.card.scores", score(q.first().discriminatorScore()),
                    score(q.second().discriminatorScore())));
            scores.getStyleClass().add("lesson-note");
            card.getChildren().add(scores);
        } else {
            card.getChildren().add(image(q.first().pixels(), 84));
            card.getChildren().add(new Label(Texts.get(q.first().real() ? "fr.real" : "fr.fake")));
            card.getChildren().add(new Label(Texts.get("fr.card.you", Texts.get(answer ? "fr.real" : "fr.fake"))
                    + (correct ? " ✓" : " ✗")));
            card.getChildren().add(new Label("D(x) = " + score(q.first().discriminatorScore()) + " "
                    + (q.first().discriminatorSaysReal() == q.first().real() ? "✓" : "✗")));
        }
        return card;
    }

    private Button imageButton(String id, FakeOrRealRound.Item item, String text) {
        Button button = new Button(text, pairImage(item.pixels()));
        button.setId(id);
        button.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        button.setWrapText(true);
        button.setMinWidth(0);
        return button;
    }

    /** A 28x28 image scaled up with nearest-neighbour pixels. */
    private static ImageView image(float[] pixels, double size) {
        return Pictures.view(pixels, 0, size);
    }
}
