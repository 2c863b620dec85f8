package org.ganclassroom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderTest {

    @TempDir
    Path dir;

    private void drawing(String name, Color paper, Color ink, int size) throws Exception {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(paper);
        g.fillRect(0, 0, size, size);
        g.setColor(ink);
        g.fillRect(size / 3, size / 4, size / 3, size / 2);
        g.dispose();
        ImageIO.write(image, name.endsWith(".png") ? "png" : "jpg", dir.resolve(name).toFile());
    }

    @Test
    void imagesBecomeTwentyEightSquareLightOnDarkAndBadFilesAreNamed() throws Exception {
        drawing("a-ink-on-paper.png", Color.WHITE, Color.BLACK, 200);
        drawing("b-chalk-on-board.jpg", Color.BLACK, Color.WHITE, 56);
        Files.writeString(dir.resolve("c-broken.png"), "not really a png");
        Files.writeString(dir.resolve("d-notes.txt"), "hello");

        ImageSet set = ImageFolder.read(dir);

        assertEquals(2, set.count());
        assertEquals(28, set.rows());
        for (int i = 0; i < 2; i++) {
            int corner = set.pixels()[i * 784] & 0xff;
            int centre = set.pixels()[i * 784 + 14 * 28 + 14] & 0xff;
            assertTrue(corner < 40 && centre > 200, "image " + i + " corner " + corner + " centre " + centre);
        }
        assertEquals(2, set.warnings().size(), set.warnings().toString());
        assertTrue(set.warnings().get(0).contains("c-broken.png"), set.warnings().toString());
        assertTrue(set.warnings().get(1).contains("d-notes.txt"), set.warnings().toString());
    }

    @Test
    void emptyFolderIsAClearError() {
        DatasetException error = assertThrows(DatasetException.class, () -> ImageFolder.read(dir));
        assertTrue(error.getMessage().contains("has no readable PNG or JPEG images"), error.getMessage());
    }

    @Test
    void warningsAndErrorsFollowTheLanguage() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        org.ganclassroom.text.Messages.use("fr");
        try {
            DatasetException error = assertThrows(DatasetException.class, () -> ImageFolder.read(dir));
            assertTrue(error.getMessage().endsWith("ne contient aucune image PNG ou JPEG lisible (1 fichier ignoré ; "
                    + "le premier : notes.txt ignoré : ce n'est pas un fichier PNG ou JPEG)"), error.getMessage());
            drawing("a.png", Color.BLACK, Color.WHITE, 28);
            assertEquals(java.util.List.of("notes.txt ignoré : ce n'est pas un fichier PNG ou JPEG"),
                    ImageFolder.read(dir).warnings());
            Files.writeString(dir.resolve("z-broken.png"), "not really a png"); // the reason is French too
            String broken = ImageFolder.read(dir).warnings().get(1);
            assertEquals("ignoré : z-broken.png n'est pas une image PNG, JPEG ou GIF", broken);
        } finally {
            org.ganclassroom.text.Messages.use("en");
        }
    }

    @Test
    void missingFolderIsAClearError() {
        DatasetException error = assertThrows(DatasetException.class, () -> ImageFolder.read(dir.resolve("gone")));
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
    }
}
