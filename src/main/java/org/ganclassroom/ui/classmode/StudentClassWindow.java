package org.ganclassroom.ui.classmode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganclassroom.classmode.ClassClient;
import org.ganclassroom.ui.Texts;

/**
 * A student's GAN Classroom in a class (Class… → Join a class…): join with the projector's address, code
 * and a nickname, then answer each question the instructor sends, as the phone page does and through the
 * same API. One thread, owned by this window and ended when it closes, does every network call; the FX
 * thread only draws.
 */
public final class StudentClassWindow {

    /** How often the open question is asked for, as the phone page does. */
    static final long POLL_MILLIS = 1_000;

    private final Stage stage = new Stage();
    private final ScheduledExecutorService network = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "class-student");
        thread.setDaemon(true);
        return thread;
    });
    private final TextField address = new TextField();
    private final TextField code = new TextField();
    private final TextField nickname = new TextField();
    private final Label status = new Label();
    private final Label who = new Label();
    private final Label prompt = new Label();
    private final ImageView picture = new ImageView();
    private final FlowPane choices = new FlowPane(10, 10);
    private final Label feedback = new Label();
    private final Label explanation = new Label();
    private final VBox joinForm;
    private final VBox questionView;
    private ClassClient client;
    /** What is drawn: redraw only when the question, the reveal or the answer changed. */
    private String shown = "";

    private StudentClassWindow(Window owner, String typedAddress) {
        address.setId("student-address");
        code.setId("student-code");
        nickname.setId("student-nickname");
        address.setText(typedAddress == null ? "" : typedAddress.strip());
        ClassClient.forAddress(address.getText()).ifPresent(c -> code.setText(c.codeInLink()));
        Button join = new Button(Texts.get("student.join"));
        join.setId("student-join");
        join.setDefaultButton(true);
        join.setOnAction(e -> join());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Texts.get("student.address")), address);
        form.addRow(1, new Label(Texts.get("student.code")), code);
        form.addRow(2, new Label(Texts.get("student.nickname")), nickname);
        address.setPrefColumnCount(26);
        joinForm = new VBox(12, form, join);

        who.setId("student-who");
        prompt.setId("student-prompt");
        prompt.setWrapText(true);
        prompt.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        picture.setId("student-picture");
        picture.setSmooth(false);
        picture.setFitHeight(168);
        picture.setPreserveRatio(true);
        picture.managedProperty().bind(picture.visibleProperty());
        picture.setVisible(false);
        choices.setId("student-choices");
        feedback.setId("student-feedback");
        feedback.setStyle("-fx-font-size: 1.2em;");
        explanation.setId("student-explanation");
        explanation.setWrapText(true);
        questionView = new VBox(12, who, prompt, picture, choices, feedback, explanation);
        questionView.managedProperty().bind(questionView.visibleProperty());
        questionView.setVisible(false);
        joinForm.managedProperty().bind(joinForm.visibleProperty());
        status.setId("student-status");
        status.setWrapText(true);

        VBox root = new VBox(16, joinForm, questionView, status);
        root.setPadding(new Insets(20));
        root.getStyleClass().add("class-window");
        Scene scene = new Scene(root, 640, 520);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        // 1, 2, 3 … answer, as the shown keys say; a clicker or a keyboard alone is enough
        scene.setOnKeyPressed(key -> {
            if (questionView.isVisible() && key.getCode().isDigitKey()) {
                int index = key.getCode().ordinal() - (key.getCode().isKeypadKey()
                        ? KeyCode.NUMPAD1.ordinal() : KeyCode.DIGIT1.ordinal());
                if (index >= 0 && index < choices.getChildren().size()
                        && !((Button) choices.getChildren().get(index)).isDisabled()) {
                    ((Button) choices.getChildren().get(index)).fire();
                    key.consume();
                }
            }
        });
        stage.setTitle(Texts.get("student.title"));
        stage.setScene(scene);
        stage.setOnHidden(e -> network.shutdownNow());
    }

    /** Opens the window with the address the student typed (the join code filled in when the link has it). */
    public static StudentClassWindow open(Window owner, String typedAddress) {
        StudentClassWindow window = new StudentClassWindow(owner, typedAddress);
        window.stage.show();
        // the link gave the address and the code: the nickname is all that is left to type
        (window.code.getText().isEmpty() ? window.code : window.nickname).requestFocus();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    private void join() {
        Optional<ClassClient> found = ClassClient.forAddress(address.getText());
        if (found.isEmpty()) {
            status.setText(Texts.get("class.join.bad", address.getText()));
            return;
        }
        ClassClient candidate = found.get();
        String typedCode = code.getText().strip();
        String name = nickname.getText().strip();
        status.setText(Texts.get("student.joining", candidate.base()));
        network.execute(() -> {
            try {
                candidate.join(typedCode.isEmpty() ? candidate.codeInLink() : typedCode, name);
                Platform.runLater(() -> {
                    client = candidate;
                    joinForm.setVisible(false);
                    questionView.setVisible(true);
                    who.setText(Texts.get("student.you", candidate.nickname().orElse(name)));
                    status.setText("");
                });
                network.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (ClassClient.Refused refused) {
                Platform.runLater(() -> status.setText(sentence(refused)));
            }
        });
    }

    /** On the network thread: the open question, drawn on the FX thread if it changed. */
    private void poll() {
        try {
            ClassClient.Question q = client.question();
            Platform.runLater(() -> show(q));
        } catch (ClassClient.Refused refused) {
            Platform.runLater(() -> status.setText("UNREACHABLE".equals(refused.reason())
                    ? Texts.get("student.ended") : sentence(refused)));
        } catch (RuntimeException unexpected) {
            Platform.runLater(() -> status.setText(Texts.get("student.ended")));
        }
    }

    private void show(ClassClient.Question q) {
        status.setText("");
        String state = q.number() + "/" + q.revealed() + "/" + q.yourAnswer();
        if (state.equals(shown)) {
            return;
        }
        shown = state;
        if (q.number() == 0) {
            prompt.setText(Texts.get("student.wait"));
            picture.setVisible(false);
            choices.getChildren().clear();
            feedback.setText("");
            explanation.setText("");
            return;
        }
        prompt.setText(q.number() + ". " + q.prompt());
        picture.setVisible(q.picture() != null);
        picture.setImage(q.picture() == null ? null
                : new javafx.scene.image.Image(new java.io.ByteArrayInputStream(q.picture())));
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            int choice = i;
            String mark = q.revealed() && i == q.correct() ? "✓ " : q.yourAnswer() == i ? "● " : "";
            Button button = new Button(mark + q.choices().get(i) + "  (" + (i + 1) + ")");
            button.setId("student-choice-" + i);
            button.setWrapText(true);
            button.setDisable(q.revealed() || q.yourAnswer() >= 0);
            button.setOnAction(e -> answer(q.number(), choice));
            buttons.add(button);
        }
        choices.getChildren().setAll(buttons);
        feedback.setText(q.revealed()
                ? Texts.get(q.yourAnswer() < 0 ? "student.missed" : q.yourAnswer() == q.correct()
                        ? "student.right" : "student.wrong")
                : Texts.get(q.yourAnswer() < 0 ? "student.choose" : "student.sent"));
        explanation.setText(q.revealed() ? q.explanation() + " " + Texts.get("class.revealed.room", q.roomRight())
                + verdict(q) : "");
    }

    private static String verdict(ClassClient.Question q) {
        if (q.discriminator().size() == 2) {
            return " " + Texts.get(q.discriminatorChoice() == 0 ? "class.discriminatorPickedLeft"
                    : "class.discriminatorPickedRight", q.discriminator().get(0), q.discriminator().get(1));
        }
        return q.discriminator().size() == 1 ? " " + Texts.get("class.discriminator", q.discriminator().get(0)) : "";
    }

    private void answer(int number, int choice) {
        choices.getChildren().forEach(button -> button.setDisable(true)); // one answer: the first counts
        network.execute(() -> {
            try {
                client.answer(number, choice);
            } catch (ClassClient.Refused refused) {
                Platform.runLater(() -> status.setText(sentence(refused)));
            }
            poll();
        });
    }

    /** The server's refusal in the window's language when its reason is known, else its own sentence. */
    private static String sentence(ClassClient.Refused refused) {
        String key = "class.refused." + refused.reason();
        String translated = Texts.get(key);
        return translated.equals(key) ? refused.getMessage() : translated;
    }
}
