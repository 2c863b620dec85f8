package org.ganclassroom.gan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganclassroom.storage.AtomicFiles;

/**
 * The generator's drawings of the fixed noise batch as one grayscale picture: {@code columns x rows}
 * cells of {@code cell x cell} pixels with a {@code gap}-pixel grey border, white strokes on black as in
 * MNIST. Immutable; handed from the training thread to any reader.
 */
public final class SampleGrid {

    public static final int GAP = 2;
    private static final byte GAP_GREY = (byte) 70;

    private final long step;
    private final int columns;
    private final int rows;
    private final int cell;
    private final int count;
    private final byte[] pixels;

    private SampleGrid(long step, int columns, int rows, int cell, int count, byte[] pixels) {
        this.step = step;
        this.columns = columns;
        this.rows = rows;
        this.cell = cell;
        this.count = count;
        this.pixels = pixels;
    }

    /**
     * A square-ish grid (8 x 8 for 64 images).
     *
     * @param images count x cell x cell values in the generator's range -1..1, image after image
     */
    public static SampleGrid of(long step, float[] images, int count, int cell) {
        return of(step, images, count, cell, (int) Math.ceil(Math.sqrt(count)));
    }

    /**
     * @param columns cells per row: the code's number of values for a preset with a code, so that each
     *                column holds one code value (64 images in 10 columns leave the last row short)
     */
    public static SampleGrid of(long step, float[] images, int count, int cell, int columns) {
        int rows = (count + columns - 1) / columns;
        int width = columns * (cell + GAP) + GAP;
        int height = rows * (cell + GAP) + GAP;
        byte[] pixels = new byte[width * height];
        java.util.Arrays.fill(pixels, GAP_GREY);
        for (int i = 0; i < count; i++) {
            int left = GAP + (i % columns) * (cell + GAP);
            int top = GAP + (i / columns) * (cell + GAP);
            for (int y = 0; y < cell; y++) {
                for (int x = 0; x < cell; x++) {
                    pixels[(top + y) * width + left + x] = toByte(images[i * cell * cell + y * cell + x]);
                }
            }
        }
        return new SampleGrid(step, columns, rows, cell, count, pixels);
    }

    /** Generator output -1..1 to a grey level 0..255: (x + 1) / 2 * 255, clamped. */
    public static byte toByte(float value) {
        float scaled = (value + 1f) * 0.5f * 255f;
        return (byte) Math.round(Math.max(0f, Math.min(255f, scaled)));
    }

    public long step() {
        return step;
    }

    public int width() {
        return columns * (cell + GAP) + GAP;
    }

    public int height() {
        return rows * (cell + GAP) + GAP;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** Grey levels row by row, width() x height(); a copy, so the grid stays immutable. */
    public byte[] pixels() {
        return pixels.clone();
    }

    /** The cells back as images with values -1..1, image after image (for the judge). */
    public float[] cellImages() {
        int width = width();
        float[] images = new float[count * cell * cell];
        for (int i = 0; i < count; i++) {
            int left = GAP + (i % columns) * (cell + GAP);
            int top = GAP + (i / columns) * (cell + GAP);
            for (int y = 0; y < cell; y++) {
                for (int x = 0; x < cell; x++) {
                    images[i * cell * cell + y * cell + x] = (pixels[(top + y) * width + left + x] & 0xff) / 127.5f - 1f;
                }
            }
        }
        return images;
    }

    public int count() {
        return count;
    }

    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, width(), height(), pixels);
        return image;
    }

    public void writePng(Path file) throws IOException {
        AtomicFiles.write(file, (OutputStream out) -> ImageIO.write(toImage(), "png", out));
    }
}
