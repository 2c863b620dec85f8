package org.ganclassroom.data;

import java.util.List;

/**
 * Grayscale images of one size, kept as the raw bytes (0 = black background, 255 = white stroke, as in
 * MNIST). Keeping bytes rather than one big INDArray makes loading 60,000 images a single read, and each
 * batch is converted on demand (see {@link #fillBatch}).
 *
 * @param labels   one class per image, or null when the images have none (a user's folder)
 * @param warnings files that were skipped while reading, each naming the file and why
 */
public record ImageSet(String name, int count, int rows, int cols, byte[] pixels, byte[] labels,
                       List<String> warnings) {

    public ImageSet {
        if (pixels.length != (long) count * rows * cols) {
            throw new IllegalArgumentException("pixel buffer does not match " + count + " images of " + rows + "x" + cols);
        }
        if (labels != null && labels.length != count) {
            throw new IllegalArgumentException("label count " + labels.length + " does not match " + count + " images");
        }
        warnings = List.copyOf(warnings);
    }

    public int pixelsPerImage() {
        return rows * cols;
    }

    public int label(int index) {
        return labels[index] & 0xff;
    }

    /**
     * Writes the chosen images into {@code batch}, one after another, scaled from 0..255 to -1..1 (the
     * generator's tanh range).
     */
    public void fillBatch(int[] indices, float[] batch) {
        int size = pixelsPerImage();
        for (int i = 0; i < indices.length; i++) {
            int source = indices[i] * size;
            int target = i * size;
            for (int p = 0; p < size; p++) {
                batch[target + p] = (pixels[source + p] & 0xff) / 127.5f - 1f;
            }
        }
    }

    /** The first {@code n} images (or all if fewer), for quick tests and held-out checks. */
    public ImageSet first(int n) {
        int keep = Math.min(n, count);
        byte[] keptPixels = java.util.Arrays.copyOf(pixels, keep * pixelsPerImage());
        byte[] keptLabels = labels == null ? null : java.util.Arrays.copyOf(labels, keep);
        return new ImageSet(name, keep, rows, cols, keptPixels, keptLabels, warnings);
    }
}
