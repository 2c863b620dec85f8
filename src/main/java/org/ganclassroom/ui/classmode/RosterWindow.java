package org.ganclassroom.ui.classmode;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganclassroom.classmode.ClassSession;
import org.ganclassroom.ui.Texts;

/**
 * The instructor's roster: who joined, and the three things a teacher does with it (take a bot or a joke name
 * out, rename a student, close the doors once everyone is in). A view over {@link ClassSession}'s roster
 * commands; each runs on the class window's work thread, since it returns only once journaled on disk.
 */
final class RosterWindow {

    private final ClassSession session;
    private final Executor work;
    private final Stage stage = new Stage();
    private final ListView<String> names = new ListView<>();
    private final CheckBox doors = new CheckBox(Texts.get("class.roster.doors"));
    private final Label said = new Label();
    /** Phones asking to be a student again (a lost page), each with Let back in / Refuse. */
    private final VBox asking = new VBox(6);
    private long shownVersion = -1;

    RosterWindow(Window owner, ClassSession session, Executor work) {
        this.session = session;
        this.work = work;
        names.setId("roster-names");
        names.setPlaceholder(new Label(Texts.get("class.roster.nobody")));
        Button remove = new Button(Texts.get("class.roster.remove"));
        remove.setId("roster-remove");
        remove.setOnAction(e -> selected().ifPresent(this::remove));
        Button rename = new Button(Texts.get("class.roster.rename"));
        rename.setId("roster-rename");
        rename.setOnAction(e -> selected().ifPresent(this::rename));
        remove.disableProperty().bind(names.getSelectionModel().selectedItemProperty().isNull());
        rename.disableProperty().bind(names.getSelectionModel().selectedItemProperty().isNull());
        doors.setId("roster-doors");
        doors.setOnAction(e -> {
            boolean closed = doors.isSelected();
            run(() -> session.closeDoors(closed), Texts.get(closed ? "class.roster.doorsClosed" : "class.roster.doorsOpen"));
        });
        said.setId("roster-said");
        said.setWrapText(true);
        said.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(names, Priority.ALWAYS);
        asking.setId("roster-rejoins");
        VBox root = new VBox(10, names, new HBox(8, remove, rename), doors, asking, said);
        root.setPadding(new Insets(14));
        stage.setScene(new Scene(root, 380, 460));
        if (owner != null) {
            stage.initOwner(owner);
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setTitle(Texts.get("class.roster.title"));
        refresh();
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    void close() {
        stage.close();
    }

    /** Redraws when the class changed (the class window calls it with its own refresh). */
    void refresh() {
        long version = session.version();
        if (version == shownVersion) {
            return;
        }
        shownVersion = version;
        String chosen = names.getSelectionModel().getSelectedItem();
        List<String> nicknames = session.students().stream().map(ClassSession.Student::nickname).toList();
        names.getItems().setAll(nicknames);
        if (chosen != null && nicknames.contains(chosen)) {
            names.getSelectionModel().select(chosen);
        }
        doors.setSelected(session.doorsClosed());
        asking.getChildren().clear();
        for (ClassSession.Rejoin rejoin : session.waitingRejoins()) {
            Label who = new Label(Texts.get("class.roster.asks", rejoin.student().nickname()));
            who.setWrapText(true);
            who.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped whole, not cut to one line
            Button letIn = new Button(Texts.get("class.roster.letIn"));
            letIn.getStyleClass().add("roster-let-in");
            letIn.setOnAction(e -> run(() -> session.answerRejoin(rejoin.id(), true),
                    Texts.get("class.roster.letInDone", rejoin.student().nickname())));
            Button refuse = new Button(Texts.get("class.roster.refuse"));
            refuse.setOnAction(e -> run(() -> session.answerRejoin(rejoin.id(), false), ""));
            asking.getChildren().add(new VBox(4, who, new HBox(8, letIn, refuse)));
        }
        stage.setTitle(Texts.count("class.roster.titleCount", nicknames.size(), nicknames.size()));
    }

    private Optional<String> selected() {
        return Optional.ofNullable(names.getSelectionModel().getSelectedItem());
    }

    private void remove(String nickname) {
        run(() -> session.remove(nickname), Texts.get("class.roster.removed", nickname));
    }

    private void rename(String nickname) {
        TextInputDialog ask = new TextInputDialog(nickname);
        ask.initOwner(stage);
        ask.setTitle(Texts.get("class.roster.rename"));
        ask.setHeaderText(Texts.get("class.roster.renameAsk", nickname));
        ask.showAndWait().map(String::strip).filter(name -> !name.equals(nickname)).ifPresent(name -> work.execute(() -> {
            String text;
            try {
                session.rename(nickname, name);
                text = Texts.get("class.roster.renamed", nickname, name);
            } catch (ClassSession.Refused refused) {
                text = Texts.get("class.refused." + refused.reason());
            }
            String shown = text;
            Platform.runLater(() -> said.setText(shown));
        }));
    }

    /** Runs a roster command off the FX thread (it waits for the journal), then says what it did. */
    private void run(Runnable command, String done) {
        work.execute(() -> {
            command.run();
            Platform.runLater(() -> said.setText(done));
        });
    }
}
