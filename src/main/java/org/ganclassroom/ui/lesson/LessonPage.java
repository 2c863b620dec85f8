package org.ganclassroom.ui.lesson;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The common frame of every lesson pane: a scrolling column with the title on top. */
public class LessonPage extends ScrollPane {

    private final VBox column = new VBox();

    LessonPage(String id, String kindLabel, String title) {
        setId(id);
        getStyleClass().add("lesson-page");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        column.getStyleClass().add("lesson-column");
        column.setMinWidth(0);
        Label kind = new Label(kindLabel);
        kind.getStyleClass().add("lesson-kind");
        Label heading = new Label(title);
        heading.setId("lesson-title");
        heading.getStyleClass().add("lesson-title");
        heading.setWrapText(true);
        column.getChildren().addAll(kind, heading);
        setContent(column);
    }

    /**
     * Takes the focus when the lesson opens or the focus must come back to it: the page itself, so Tab goes
     * on to its first link or check and Space still starts or pauses the dock. A quiz focuses its question.
     */
    public void focusStart() {
        requestFocus();
    }

    /**
     * Focuses {@code node} of this page now, or once it is in the scene: a ScrollPane's content joins the
     * scene only when the pane's skin is made, at the first layout after the page is shown, and a focus
     * asked for before that is lost (JavaFX then gave it to the navigator, the scene's first Tab stop).
     */
    static void focusWhenShown(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }

    /** Scrolls the page so that {@code node}, somewhere in its column, is in view (its top a little below ours). */
    void scrollIntoView(Node node) {
        double contentHeight = column.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = column.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        setVvalue(Math.max(0, Math.min(1, (y - viewport * 0.1) / (contentHeight - viewport))));
    }

    /**
     * A "Checks ↓" link beside the lesson's kind, the first stop of Tab: on a page with several glossary words
     * the first check was many Tabs away. Enter on it focuses {@code target} and scrolls it into view.
     */
    void linkTo(String text, Node target, Runnable focus) {
        Hyperlink link = new Hyperlink(text);
        link.setId("to-checks");
        link.getStyleClass().add("to-checks");
        link.setOnAction(e -> {
            focus.run();
            scrollIntoView(target);
        });
        Node kind = column.getChildren().get(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(kind, spacer, link);
        top.setAlignment(Pos.CENTER_LEFT);
        column.getChildren().add(0, top);
    }

    LessonPage add(Node... nodes) {
        column.getChildren().addAll(nodes);
        return this;
    }

    static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("lesson-note");
        note.setWrapText(true);
        return note;
    }

    static Label sectionHeading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("lesson-section");
        heading.setWrapText(true);
        return heading;
    }
}
