package org.ganclassroom.ui.lesson;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The common frame of every lesson pane: a scrolling column with the title on top. */
class LessonPage extends ScrollPane {

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
