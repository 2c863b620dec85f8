package org.ganclassroom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile datasets (docs/robustness.md): image bombs, cut-off pictures, forged IDX headers. */
class DatasetRobustnessTest {

    @TempDir
    Path dir;

    @Test
    void imageBombsAndCutOffPicturesAreSkippedByName() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("pictures"));
        byte[] jpeg = encode(digit(), "jpg");
        byte[] png = encode(digit(), "png");
        Files.write(folder.resolve("good.png"), png);
        Files.write(folder.resolve("bomb.jpg"), withJpegSize(jpeg, 40000, 40000));
        Files.write(folder.resolve("bomb.png"), withPngSize(png, 20000, 20000));
        Files.write(folder.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        Files.write(folder.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));

        ImageSet set = ImageFolder.read(folder);

        assertEquals(1, set.count(), "only good.png is used");
        String warnings = String.join("\n", set.warnings());
        assertTrue(warnings.contains("bomb.jpg claims to be 40000x40000"), warnings);
        assertTrue(warnings.contains("bomb.png claims to be 20000x20000"), warnings);
        assertTrue(warnings.contains("cut.png") && warnings.contains("cut.jpg"), warnings);
    }

    @Test
    void aFolderOfOnlyBombsIsAClearError() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("bombs"));
        Files.write(folder.resolve("bomb.jpg"), withJpegSize(encode(digit(), "jpg"), 40000, 40000));
        DatasetException error = assertThrows(DatasetException.class, () -> ImageFolder.read(folder));
        assertTrue(error.getMessage().contains("no readable PNG or JPEG images"), error.getMessage());
    }

    @Test
    void aForgedIdxCountIsRefusedBeforeAllocating() throws Exception {
        Path file = idx(dir.resolve("huge.gz"), Integer.MAX_VALUE / 784, 28, 28, 10);
        DatasetException error = assertThrows(DatasetException.class, () -> IdxFiles.read("x", file, null));
        assertTrue(error.getMessage().contains("claims 2739137 images"), error.getMessage());

        Path lying = idx(dir.resolve("lying.gz"), 200_000, 28, 28, 3);
        error = assertThrows(DatasetException.class, () -> IdxFiles.read("x", lying, null));
        assertTrue(error.getMessage().contains("truncated"), error.getMessage());
    }

    @Test
    void imagesOfAnotherSizeGetASentence() throws Exception {
        Path file = idx(dir.resolve("big.gz"), 2, 32, 32, 2);
        DatasetException error = assertThrows(DatasetException.class, () -> IdxFiles.read("x", file, null));
        assertTrue(error.getMessage().contains("holds 32x32 images"), error.getMessage());
    }

    /** An IDX image file whose header says {@code count} images but which holds only {@code written}. */
    private static Path idx(Path file, int count, int rows, int cols, int written) throws Exception {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(0x00000803);
            out.writeInt(count);
            out.writeInt(rows);
            out.writeInt(cols);
            out.write(new byte[written * rows * cols]);
        }
        return file;
    }

    private static BufferedImage digit() {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.BLACK);
        g.fillRect(15, 5, 8, 30);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** Rewrites the height and width in a JPEG's start-of-frame marker (FFC0), as a 162-byte bomb does. */
    private static byte[] withJpegSize(byte[] jpeg, int width, int height) {
        byte[] bytes = jpeg.clone();
        for (int i = 2; i < bytes.length - 8; i++) {
            if ((bytes[i] & 0xff) == 0xFF && (bytes[i + 1] & 0xff) == 0xC0) {
                bytes[i + 5] = (byte) (height >> 8);
                bytes[i + 6] = (byte) height;
                bytes[i + 7] = (byte) (width >> 8);
                bytes[i + 8] = (byte) width;
                return bytes;
            }
        }
        throw new IllegalStateException("no start-of-frame marker");
    }

    /** Rewrites the width and height in a PNG's IHDR chunk (bytes 16-23; the CRC is left stale). */
    private static byte[] withPngSize(byte[] png, int width, int height) {
        byte[] bytes = png.clone();
        java.nio.ByteBuffer.wrap(bytes, 16, 8).putInt(width).putInt(height);
        return bytes;
    }
}
