package org.ganclassroom.ui.classmode;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.ganclassroom.classmode.ClassServer;
import org.ganclassroom.classmode.ClassSession;
import org.ganclassroom.classmode.ClassStore;
import org.ganclassroom.classmode.QrCodes;
import org.ganclassroom.classmode.RoomCheck;
import org.ganclassroom.storage.AtomicFiles;
import org.ganclassroom.ui.Texts;

/**
 * The instructor's class window, made to be projected: the address, join code and QR code while students
 * join, then the open question with a live bar per answer ("21 of 28 answered"), the reveal with the
 * explanation, and the commands (send a check of the course, reveal, export the results, end the class).
 * A thin view over {@link ClassSession}: it looks ten times a second and redraws when the session changed.
 * The session is saved in the instructor's data folder after every change and resumed when the window
 * is opened again; the server listens only while this window is open.
 */
public final class ClassWindow {

    /** The port students' phones use, unless another program has it (then any free one). */
    static final int PORT = 8765;

    private final Stage stage = new Stage();
    private final ClassSession session;
    private final ClassStore store;
    private final ClassServer server;
    private final List<RoomCheck> checks;
    private final Label address = new Label();
    private final Label joined = new Label();
    private final Label prompt = new Label();
    private final Label answered = new Label();
    private final Label explanation = new Label();
    private final VBox bars = new VBox(8);
    private final ComboBox<String> checkChoice = new ComboBox<>();
    private final Label status = new Label();
    private final Label chosenPrompt = new Label();
    private RosterWindow roster;
    private long shownVersion = -1;
    private final Timeline refresher;
    private final int port;

    /** Builds a Fake-or-Real question from the live or shipped generator; slow (it runs the networks). */
    public interface PictureChecks {
        /** One picture, fake or real; or with {@code pair} a real one and a fake side by side. */
        RoomCheck next(boolean pair) throws Exception;
    }

    private final ImageView picture = new ImageView();
    private final PictureChecks pictureChecks;
    private final java.util.concurrent.ExecutorService work = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "class-pictures");
        thread.setDaemon(true);
        return thread;
    });

    private ClassWindow(Window owner, ClassSession session, ClassStore store, List<RoomCheck> checks, String host,
                        PictureChecks pictureChecks) {
        this.pictureChecks = pictureChecks;
        this.session = session;
        this.store = store;
        this.checks = checks;
        this.server = new ClassServer(session, Texts.language()); // the phones speak the course's language
        int bound;
        try {
            bound = server.start(host, PORT);
        } catch (RuntimeException portTaken) {
            bound = server.start(host, 0); // another program holds 8765: any free port, shown on screen
        }
        this.port = bound;
        List<String> addresses = "127.0.0.1".equals(host) ? List.of(host) : ClassServer.lanAddresses();
        String link = "http://" + (addresses.isEmpty() ? "127.0.0.1" : addresses.get(0)) + ":" + port + "/?code="
                + session.joinCode();
        address.setText(addresses.isEmpty() ? Texts.get("class.noNetwork", port)
                : Texts.get("class.address", "http://" + addresses.get(0) + ":" + port));
        address.setId("class-address");
        address.getStyleClass().add("class-address");
        Label code = new Label(Texts.get("class.code", session.joinCode()));
        code.setId("class-code");
        joined.setId("class-joined");
        code.getStyleClass().add("class-code");
        ImageView qr = new ImageView(qrImage(link, 6));
        qr.setId("class-qr");
        VBox joinBox = new VBox(8, code, address, joined);
        HBox top = new HBox(24, qr, joinBox);
        top.setAlignment(Pos.CENTER_LEFT);

        prompt.setId("class-prompt");
        prompt.getStyleClass().add("class-prompt");
        prompt.setWrapText(true);
        answered.setId("class-answered");
        explanation.setId("class-explanation");
        explanation.setWrapText(true);
        bars.setId("class-bars");

        checkChoice.setId("class-check-choice");
        for (int i = 0; i < checks.size(); i++) {
            checkChoice.getItems().add((i + 1) + ". " + checks.get(i).prompt());
        }
        checkChoice.setMaxWidth(Double.MAX_VALUE);
        // The list's button names the chosen check briefly, "Check 24 of 80" (a long question was cut with "…"
        // there); the
        // question itself reads whole, wrapped, under it, before the instructor sends it.
        checkChoice.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                int index = checkChoice.getSelectionModel().getSelectedIndex();
                setText(empty || item == null || index < 0 ? null
                        : Texts.get("class.chosenCheck", index + 1, checks.size()));
            }
        });
        chosenPrompt.setId("class-chosen-prompt");
        chosenPrompt.setWrapText(true);
        checkChoice.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
                chosenPrompt.setText(index.intValue() < 0 ? "" : checks.get(index.intValue()).prompt()));
        HBox.setHgrow(checkChoice, Priority.ALWAYS);
        Button send = new Button(Texts.get("class.send"));
        send.setId("class-send");
        send.setOnAction(e -> send(checkChoice.getSelectionModel().getSelectedIndex()));
        Button sendPicture = new Button(Texts.get("class.sendPicture"));
        sendPicture.setId("class-send-picture");
        sendPicture.setOnAction(e -> sendPicture(false));
        Button sendPair = new Button(Texts.get("class.sendPair"));
        sendPair.setId("class-send-pair");
        sendPair.setOnAction(e -> sendPicture(true));
        Button reveal = new Button(Texts.get("class.reveal"));
        reveal.setId("class-reveal");
        reveal.setOnAction(e -> work.execute(session::reveal)); // returns once journaled: off the FX thread
        Button export = new Button(Texts.get("class.export"));
        export.setId("class-export");
        export.setOnAction(e -> export());
        Button end = new Button(Texts.get("class.end"));
        end.setId("class-end");
        end.setOnAction(e -> stage.close());
        Button newClass = new Button(Texts.get("class.new"));
        newClass.setId("class-new");
        newClass.setOnAction(e -> askForNewClass());
        Button students = new Button(Texts.get("class.students"));
        students.setId("class-roster");
        students.setOnAction(e -> roster().show());
        for (Button button : List.of(send, sendPicture, sendPair, reveal, students, export, newClass, end)) {
            button.setMinWidth(Region.USE_PREF_SIZE); // the long questions in the list must not squeeze them to "…"
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, send, sendPicture, sendPair, reveal,
                students, export, newClass, end); // wraps in a narrow window rather than cutting End off
        VBox controls = new VBox(8, checkChoice, chosenPrompt, buttons);
        status.setId("class-status");
        status.setWrapText(true);

        // Sizes for the back of the room: the code and the question are what the class reads from afar.
        code.setStyle("-fx-font-size: 2.6em; -fx-font-weight: bold;");
        address.setStyle("-fx-font-size: 1.3em;");
        address.setWrapText(true);
        joined.setStyle("-fx-font-size: 1.3em;");
        prompt.setStyle("-fx-font-size: 1.7em; -fx-font-weight: bold;");
        answered.setStyle("-fx-font-size: 1.3em;");
        explanation.setStyle("-fx-font-size: 1.3em;");
        bars.setStyle("-fx-font-size: 1.3em;");
        picture.setId("class-picture");
        picture.setSmooth(false); // crisp pixels, as the dock's grid
        picture.setFitHeight(168); // a pair is twice as wide as one picture, never smaller
        picture.setPreserveRatio(true);
        picture.managedProperty().bind(picture.visibleProperty());
        picture.setVisible(false);
        // The instructor's controls stay at the bottom whatever the question's size (a pair's picture once
        // pushed Reveal out of the window); a long question scrolls in the middle instead.
        VBox question = new VBox(16, prompt, picture, answered, bars, explanation);
        question.setPadding(new Insets(8, 0, 8, 0));
        javafx.scene.control.ScrollPane middle = new javafx.scene.control.ScrollPane(question);
        middle.setFitToWidth(true);
        middle.getStyleClass().add("class-question");
        // -fx-background sets the labels' text colour too (transparent made it white on the light page)
        middle.setStyle("-fx-background-color: transparent; -fx-background: -gc-bg;");
        VBox bottom = new VBox(8, controls, status);
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(middle, top, null, bottom, null);
        javafx.scene.layout.BorderPane.setMargin(middle, new Insets(12, 0, 12, 0));
        root.setPadding(new Insets(20));
        root.getStyleClass().add("class-window");
        stage.setTitle(Texts.get("class.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(root, 1000, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        refresher = new Timeline(new KeyFrame(Duration.millis(100), e -> refresh())); // cheap: redraws on change only
        refresher.setCycleCount(Timeline.INDEFINITE);
        stage.setOnHidden(e -> {
            refresher.stop();
            if (roster != null) {
                roster.close();
            }
            work.shutdownNow();
            server.close(); // nothing listens once the class window is closed
            store.close(); // the queued changes and a last snapshot written; the journal's thread ends
        });
        refresh();
    }

    /**
     * Opens the class window: resumes the class saved in {@code dataFolder} if there is one, else starts a
     * new one with a fresh code. Listens on every network of this computer ({@code host} "0.0.0.0"), or
     * on loopback only for tests.
     */
    public static ClassWindow open(Window owner, Path dataFolder, List<RoomCheck> checks, String host,
                                   PictureChecks pictureChecks)
            throws java.io.IOException {
        return open(owner, dataFolder, checks, host, pictureChecks, false);
    }

    /** As above; {@code newClass}: the saved class is put away first (next week's class, another section). */
    public static ClassWindow open(Window owner, Path dataFolder, List<RoomCheck> checks, String host,
                                   PictureChecks pictureChecks, boolean newClass)
            throws java.io.IOException {
        ClassStore store = new ClassStore(dataFolder.resolve("class"));
        // the window redraws on the session's version (its refresher); the store journals every change
        ClassStore.Resumed resumed = store.resume(() -> { }); // a damaged file is set aside, said below
        Optional<Path> putAway = newClass && resumed.session().isPresent() ? store.archive(resumed.session().get())
                : Optional.empty();
        ClassSession session = resumed.session().filter(s -> !newClass).orElseGet(() -> ClassSession.start(() -> { }));
        store.open(session);
        ClassWindow window = new ClassWindow(owner, session, store, checks, host, pictureChecks);
        resumed.setAsideAs().ifPresent(kept -> window.status.setText(
                Texts.get("class.setAside", store.file(), resumed.why(), kept.getFileName())));
        putAway.ifPresent(results -> window.status.setText(Texts.get("class.putAway", results)));
        window.stage.show();
        window.refresher.play();
        return window;
    }

    /** Fake-or-Real pictures from the dock's generator (or the shipped ones) and the shipped test digits. */
    public static PictureChecks fakeOrReal(java.util.function.Supplier<Optional<org.ganclassroom.gan.GanTrainer>> trainer,
                                           org.ganclassroom.data.Datasets datasets) {
        return new FakeOrRealChecks(trainer, datasets);
    }

    public Stage stage() {
        return stage;
    }

    public ClassSession session() {
        return session;
    }

    /** The port the class's phones use. */
    public int port() {
        return port;
    }

    public boolean serving() {
        return server.running();
    }

    private void send(int index) {
        if (index < 0) {
            status.setText(Texts.get("class.chooseCheck"));
            return;
        }
        RoomCheck check = checks.get(index);
        work.execute(() -> { // send returns once the check is journaled on disk: off the FX thread
            session.send(check);
            javafx.application.Platform.runLater(() -> status.setText(Texts.get("class.sent", session.checkCount())));
        });
    }

    /** Draws a picture (a real one or the generator's) off the FX thread, then sends it to every phone. */
    private void sendPicture(boolean pair) {
        status.setText(Texts.get("class.drawingPicture"));
        work.execute(() -> {
            try {
                RoomCheck check = pictureChecks.next(pair);
                session.send(check);
                javafx.application.Platform.runLater(() -> status.setText(Texts.get("class.sent", session.checkCount())));
            } catch (Exception failed) {
                javafx.application.Platform.runLater(() -> status.setText(
                        Texts.get("class.pictureFailed", failed.getMessage())));
            }
        });
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("class.exportTitle"));
        chooser.setInitialFileName("class-results.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        String csv = ClassStore.csv(session);
        work.execute(() -> { // no file I/O on the FX thread
            String said;
            try {
                AtomicFiles.writeString(file.toPath(), csv);
                said = Texts.get("class.exported", file);
            } catch (java.io.IOException failed) {
                said = Texts.get("dock.couldNotSave", file, failed.getMessage());
            }
            String text = said;
            javafx.application.Platform.runLater(() -> status.setText(text));
        });
    }

    /** Asked by New class…: the class menu closes this window and opens one for a new class. */
    private Runnable onNewClass = () -> { };

    public void setOnNewClass(Runnable action) {
        onNewClass = action;
    }

    private void askForNewClass() {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                Texts.get("class.new.ask"), javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText(Texts.get("class.new"));
        ask.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).ifPresent(ok -> onNewClass.run());
    }

    /** The roster window, made when first asked for. */
    private RosterWindow roster() {
        if (roster == null) {
            roster = new RosterWindow(stage, session, work);
        }
        return roster;
    }

    /** Redraws only when the session changed (a join, an answer, a send, a reveal). */
    void refresh() {
        if (roster != null) {
            roster.refresh();
        }
        long version = session.version();
        if (version == shownVersion) {
            return;
        }
        shownVersion = version;
        int asking = session.waitingRejoins().size(); // a phone that lost its page waits for the roster
        joined.setText(Texts.get("class.joined", session.students().size())
                + (asking == 0 ? "" : " · " + Texts.count("class.rejoinsWaiting", asking, asking)));
        Optional<ClassSession.Current> current = session.current();
        if (current.isEmpty()) {
            prompt.setText(Texts.get("class.waiting"));
            answered.setText("");
            bars.getChildren().clear();
            explanation.setText("");
            return;
        }
        ClassSession.Tally tally = session.tally(current.get().number());
        RoomCheck check = tally.check();
        prompt.setText(current.get().number() + ". " + check.prompt());
        picture.setVisible(check.hasPicture());
        picture.setImage(check.hasPicture()
                ? new javafx.scene.image.Image(new java.io.ByteArrayInputStream(check.picture())) : null);
        answered.setText(Texts.count("class.answered", tally.answered(), tally.answered(), tally.joined()));
        bars.getChildren().clear();
        for (int c = 0; c < check.choices().size(); c++) {
            bars.getChildren().add(bar(check.choices().get(c), tally.counts()[c], tally.answered(),
                    tally.revealed() && c == check.correctIndex()));
        }
        String verdict = tally.revealed() && check.hasPicture() ? " " + verdict(check) : "";
        String room = tally.answered() == 0 ? Texts.get("class.revealedNobody", check.explanation())
                : Texts.get("class.revealed", Math.round(100 * tally.rightShare()), check.explanation());
        explanation.setText(tally.revealed() ? room + verdict : "");
    }

    /** What the discriminator said about the picture, beside the room's answers at the reveal. */
    static String verdict(RoomCheck check) {
        List<Long> percent = check.discriminatorScores().stream().map(d -> Math.round(100 * d)).toList();
        if (check.isPair()) {
            return Texts.get(check.discriminatorChoice() == 0 ? "class.discriminatorPickedLeft" : "class.discriminatorPickedRight",
                    percent.get(0), percent.get(1))
                    + " " + Texts.get(check.discriminatorChoice() == check.correctIndex()
                            ? "class.discriminatorWasRight" : "class.discriminatorWasWrong");
        }
        return Texts.get("class.discriminator", percent.get(0));
    }

    /** One answer's bar: its share of the answers so far, the right one marked after the reveal. */
    private static HBox bar(String choice, int count, int answered, boolean right) {
        double share = answered == 0 ? 0 : count / (double) answered;
        Label name = new Label((right ? "✓ " : "") + choice);
        name.setMinWidth(220);
        name.setMaxWidth(220);
        name.setWrapText(true);
        Region fill = new Region();
        fill.setStyle("-fx-background-color: " + (right ? "#2e7d32" : "#2458b3") + ";");
        fill.setMinHeight(28);
        StackPane track = new StackPane(fill);
        track.setAlignment(Pos.CENTER_LEFT);
        track.setStyle("-fx-background-color: #dddddd;");
        HBox.setHgrow(track, Priority.ALWAYS);
        fill.maxWidthProperty().bind(track.widthProperty().multiply(share));
        Label percent = new Label(Math.round(100 * share) + "% (" + count + ")");
        percent.setMinWidth(90);
        HBox row = new HBox(10, name, track, percent);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("class-bar");
        return row;
    }

    /** The QR code as an image, {@code scale} pixels a module, black on white as cameras read best. */
    static WritableImage qrImage(String text, int scale) {
        boolean[][] dark = QrCodes.modules(text);
        WritableImage image = new WritableImage(dark.length * scale, dark.length * scale);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < dark.length * scale; y++) {
            for (int x = 0; x < dark.length * scale; x++) {
                pixels.setColor(x, y, dark[y / scale][x / scale] ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
