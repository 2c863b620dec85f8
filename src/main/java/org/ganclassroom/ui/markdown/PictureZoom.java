package org.ganclassroom.ui.markdown;

import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganclassroom.ui.Texts;

/**
 * A lesson picture shown larger, on click, when the text column shrank it: the GAN diagram is drawn at
 * 960 px with 18 px words, which a 1024x768 window's column shows at ~350 px, words 6-7 px high. The
 * enlarged view is as large as the window allows (up to the picture's own size times 1.5) and closes with
 * a click, Esc or Enter, so no student is trapped in it.
 */
final class PictureZoom {

    /** Shown below this share of its own width, a picture offers to be enlarged. */
    static final double SHRUNK_BELOW = 0.9;

    private PictureZoom() {
    }

    /** Makes {@code view} open the enlarged picture on click while it is shown shrunk. */
    static void offer(ImageView view, String alt) {
        view.fitWidthProperty().addListener((o, was, now) -> view.setCursor(shrunk(view) ? Cursor.HAND : null));
        view.setOnMouseClicked(click -> {
            if (shrunk(view) && view.getScene() != null) {
                show(view.getImage(), alt, view.getScene().getWindow());
            }
        });
    }

    static boolean shrunk(ImageView view) {
        Image picture = view.getImage();
        return picture != null && view.getFitWidth() > 0 && view.getFitWidth() < picture.getWidth() * SHRUNK_BELOW;
    }

    /** The width the enlarged picture gets in a window {@code room} px wide. */
    static double enlargedWidth(double pictureWidth, double room) {
        return Math.max(1, Math.min(pictureWidth * 1.5, room - 40));
    }

    static Stage show(Image picture, String alt, Window owner) {
        ImageView large = new ImageView(picture);
        large.setId("picture-zoom-image");
        large.setPreserveRatio(true);
        double room = owner == null ? picture.getWidth() : owner.getWidth();
        large.setFitWidth(enlargedWidth(picture.getWidth(), room));
        if (owner != null) {
            large.setFitHeight(Math.max(1, owner.getHeight() - 120));
        }
        Label hint = new Label(Texts.get("picture.close"));
        hint.getStyleClass().add("lesson-note");
        VBox box = new VBox(10, large, hint);
        box.getStyleClass().add("picture-zoom");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        Stage stage = new Stage();
        stage.setTitle(alt.isEmpty() ? Texts.get("picture.title") : alt);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(box);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            box.setStyle(owner.getScene().getRoot().getStyle()); // the window's type size
        }
        scene.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ESCAPE || key.getCode() == KeyCode.ENTER || key.getCode() == KeyCode.SPACE) {
                stage.close();
            }
        });
        box.setOnMouseClicked(click -> stage.close());
        stage.setScene(scene);
        stage.show();
        if (owner != null) { // centred on the window (no window manager places it under Xvfb)
            stage.setX(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2);
            stage.setY(owner.getY() + (owner.getHeight() - stage.getHeight()) / 2);
        }
        return stage;
    }
}
