package org.ganclassroom.ui.lesson;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.ganclassroom.gan.SampleGrid;

/** 28x28 pictures (values -1..1) as image views, scaled up with square pixels so a class sees strokes. */
final class Pictures {

    static final int SIDE = 28;

    private Pictures() {
    }

    /** Picture number {@code index} of several stored one after another. */
    static ImageView view(float[] pictures, int index, double size) {
        int[] argb = new int[SIDE * SIDE];
        int from = index * SIDE * SIDE;
        for (int i = 0; i < argb.length; i++) {
            int g = from + i < pictures.length ? SampleGrid.toByte(pictures[from + i]) & 0xff : 0;
            argb[i] = 0xff000000 | (g << 16) | (g << 8) | g;
        }
        WritableImage image = new WritableImage(SIDE, SIDE);
        image.getPixelWriter().setPixels(0, 0, SIDE, SIDE, PixelFormat.getIntArgbInstance(), argb, 0, SIDE);
        ImageView view = new ImageView(image);
        view.setSmooth(false);
        view.setFitWidth(size);
        view.setFitHeight(size);
        return view;
    }
}
