package org.ganclassroom.ui.training;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.ganclassroom.gan.SampleGrid;

/** Turns a core {@link SampleGrid} (grey bytes) into a JavaFX image. */
final class GridImages {

    private GridImages() {
    }

    static WritableImage toImage(SampleGrid grid) {
        byte[] grey = grid.pixels();
        int[] argb = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            int g = grey[i] & 0xff;
            argb[i] = 0xff000000 | (g << 16) | (g << 8) | g;
        }
        WritableImage image = new WritableImage(grid.width(), grid.height());
        image.getPixelWriter().setPixels(0, 0, grid.width(), grid.height(), PixelFormat.getIntArgbInstance(),
                argb, 0, grid.width());
        return image;
    }
}
