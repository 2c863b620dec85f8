package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnimatedGifTest {

    @TempDir
    Path dir;

    @Test
    void everyGridBecomesAFrame() throws Exception {
        float[] images = new float[4 * 784];
        List<SampleGrid> grids = List.of(SampleGrid.of(0, images, 4, 28), SampleGrid.of(10, images, 4, 28),
                SampleGrid.of(20, images, 4, 28));
        Path gif = dir.resolve("learn.gif");

        AnimatedGif.write(grids, 150, gif);

        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            assertEquals(grids.get(0).width(), reader.read(0).getWidth());
        }
    }

    @Test
    void noGridsIsAClearError() {
        assertThrows(java.io.IOException.class, () -> AnimatedGif.write(List.of(), 100, dir.resolve("x.gif")));
    }
}
