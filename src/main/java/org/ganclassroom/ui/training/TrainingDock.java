package org.ganclassroom.ui.training;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The dock beside the lessons where the live DCGAN training panel will sit. Until the training panel
 * exists it tells the class what will appear here.
 */
public final class TrainingDock extends VBox {

    public TrainingDock() {
        setId("training-dock");
        getStyleClass().add("training-dock");
        Label heading = new Label("Live training");
        heading.getStyleClass().add("dock-heading");
        Label notice = new Label("The live DCGAN training panel is not part of this version yet. It will show "
                + "the generator's sample grid, the loss curves and D(x) / D(G(z)) as training runs, with "
                + "Start, Pause, Step and Reset controls.");
        notice.setId("training-dock-notice");
        notice.getStyleClass().add("dock-notice");
        notice.setWrapText(true);
        getChildren().addAll(heading, notice);
    }
}
