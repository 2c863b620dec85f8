package org.ganclassroom.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.ganclassroom.ui.Texts;

/**
 * The big-grid view: the generator's 64 drawings and the step counter filling the window, for the moment the
 * class should look (G, or a click on the dock's grid; G or a click again goes back). In the dock beside a lesson
 * a 1024x768 projector showed each digit ~18 px tall, too small for the back row. It shows the live grid as the
 * dock does, so it keeps learning on screen, and Space still starts and pauses.
 */
public final class BigGridView extends VBox {

    /** What the caption and hint take under the picture, in multiples of the font size. */
    private static final double TEXT_LINES_EM = 6;

    BigGridView(ObservableValue<Image> grid, ObservableValue<String> step, ObservableValue<String> elapsed,
                Runnable close) {
        setId("big-grid");
        getStyleClass().add("big-grid");
        setAlignment(Pos.CENTER);
        ImageView picture = new ImageView();
        picture.setId("big-grid-picture");
        picture.imageProperty().bind(grid);
        picture.setSmooth(false); // crisp pixels, as in the dock
        picture.setPreserveRatio(true);
        Label counter = new Label();
        counter.setId("big-grid-step");
        counter.getStyleClass().add("big-grid-step");
        counter.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.get("bigGrid.caption", step.getValue(), elapsed.getValue()), step, elapsed));
        Label hint = new Label(Texts.get("bigGrid.hint", Texts.shortcut("key.dock.bigGrid")));
        hint.getStyleClass().add("big-grid-hint");
        picture.fitHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(100, Math.min(getHeight() - TEXT_LINES_EM * counter.getFont().getSize(), getWidth() - 40)),
                heightProperty(), widthProperty(), counter.fontProperty()));
        getChildren().addAll(picture, counter, hint);
        setOnMouseClicked(e -> close.run());
    }
}
