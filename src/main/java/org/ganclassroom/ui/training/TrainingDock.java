package org.ganclassroom.ui.training;

import org.ganclassroom.dock.DockSetup;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The dock beside the lessons: a heading over the live training panel, scrolling when space is short. */
public final class TrainingDock extends ScrollPane {

    private final TrainingPanel panel;

    public TrainingDock(DockSetup setup) {
        setId("training-dock");
        getStyleClass().add("training-dock");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Label heading = new Label(org.ganclassroom.ui.Texts.get("dock.heading"));
        heading.getStyleClass().add("dock-heading");
        panel = new TrainingPanel(setup);
        // The projector needs the dock's height for the grid and the curves; the toolbar's Training names it.
        heading.visibleProperty().bind(panel.presenterProperty().not());
        heading.managedProperty().bind(heading.visibleProperty());
        VBox column = new VBox(heading, panel);
        column.getStyleClass().add("dock-column");
        setContent(column);
    }

    public TrainingPanel panel() {
        return panel;
    }
}
